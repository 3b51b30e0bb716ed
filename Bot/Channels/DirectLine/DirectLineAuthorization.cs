namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// The endpoint filter in front of every Direct Line route that takes <c>Authorization: Bearer ...</c> (the secret or a
/// token): refuses in the protocol's codes (401 without a bearer value, 403 for a bad or expired one, or for a token of
/// another conversation than the route's), else hands the handler the <see cref="DirectLineCaller"/>.
/// </summary>
public sealed class DirectLineAuthorization(DirectLineTokenService tokens, ILogger<DirectLineChannel> logger) : IEndpointFilter
{
    /// <summary>The route value naming the conversation a token must belong to, on routes that have one.</summary>
    public const string ConversationRouteValue = "conversationId";

    /// <summary>The caller the filter let through (only on routes behind the filter).</summary>
    public static DirectLineCaller Caller(HttpContext context) =>
        context.Features.Get<DirectLineCaller>() ?? throw new InvalidOperationException("The Direct Line route is not behind " + nameof(DirectLineAuthorization) + ".");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (caller, refusal) = Authorize(http.Request);
        if (refusal is not null)
        {
            return refusal;
        }

        if (http.Request.RouteValues.TryGetValue(ConversationRouteValue, out var value) && value is string conversationId && !caller!.MayUse(conversationId))
        {
            DirectLineLog.Refused(logger, "token for another conversation");
            return DirectLineResults.Forbidden();
        }

        http.Features.Set(caller);
        return await next(context).ConfigureAwait(false);
    }

    private (DirectLineCaller? Caller, IResult? Refusal) Authorize(HttpRequest request)
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
