namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Reads <c>Authorization: Bearer ...</c> as the Direct Line secret or a token; refusals in the protocol's codes.</summary>
public static class DirectLineAuthorization
{
    /// <summary>The caller, or the error to answer with: 401 without a bearer value, 403 for a bad or expired one.</summary>
    public static (DirectLineCaller? Caller, IResult? Refusal) Authorize(HttpRequest request, DirectLineTokenService tokens, ILogger logger)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            DirectLineLog.Refused(logger, "no bearer token");
            return (null, DirectLineResults.MissingAuthorization());
        }

        var bearer = header["Bearer ".Length..].Trim();
        if (tokens.IsSecret(bearer))
        {
            return (new DirectLineCaller(HasSecret: true, null, null), null);
        }

        var check = tokens.Check(bearer);
        switch (check.Status)
        {
            case TokenStatus.Valid:
                return (new DirectLineCaller(HasSecret: false, check.ConversationId, check.UserId), null);
            case TokenStatus.Expired:
                DirectLineLog.Refused(logger, "expired token");
                return (null, DirectLineResults.TokenExpired());
            default:
                DirectLineLog.Refused(logger, "invalid token");
                return (null, DirectLineResults.Forbidden());
        }
    }
}
