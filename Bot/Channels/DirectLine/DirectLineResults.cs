using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Responses in the Direct Line protocol's shapes: <c>Conversation</c>, <c>ActivitySet</c>, <c>ErrorResponse</c>.</summary>
public static class DirectLineResults
{
    public static IResult Json(object body, int status = StatusCodes.Status200OK) =>
        Results.Text(DirectLineJson.Serialize(body), "application/json; charset=utf-8", statusCode: status);

    /// <summary>A <c>Conversation</c> object. <c>expires_in</c> is in seconds.</summary>
    public static IResult Conversation(string conversationId, string token, int expiresIn, int status = StatusCodes.Status200OK) =>
        Json(new JObject { ["conversationId"] = conversationId, ["token"] = token, ["expires_in"] = expiresIn }, status);

    /// <summary>An <c>ActivitySet</c>: the activities (already serialised) and the watermark, as a string.</summary>
    public static IResult ActivitySet(ActivityPage page) =>
        Results.Text(ActivitySetJson(page), "application/json; charset=utf-8", statusCode: StatusCodes.Status200OK);

    /// <summary>The JSON of an <c>ActivitySet</c>, for HTTP bodies and WebSocket frames alike.</summary>
    public static string ActivitySetJson(ActivityPage page) =>
        "{\"activities\":[" + string.Join(",", page.Activities) + "],\"watermark\":\""
        + page.Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}";

    /// <summary>A <c>Conversation</c> object with a <c>streamUrl</c> for the WebSocket stream.</summary>
    public static IResult Conversation(string conversationId, string token, int expiresIn, string streamUrl, int status = StatusCodes.Status200OK) =>
        Json(new JObject { ["conversationId"] = conversationId, ["token"] = token, ["expires_in"] = expiresIn, ["streamUrl"] = streamUrl }, status);

    /// <summary>An <c>ErrorResponse</c>: <c>{"error":{"code","message"}}</c>. Codes are stable; messages are for people.</summary>
    public static IResult Error(int status, string code, string message) =>
        Json(new JObject { ["error"] = new JObject { ["code"] = code, ["message"] = message } }, status);

    public static IResult MissingAuthorization() =>
        Error(StatusCodes.Status401Unauthorized, "MissingAuthorization", "Send 'Authorization: Bearer <token or secret>'.");

    public static IResult Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The token or secret is not valid for this request.");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired. Get a new one.");

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "The conversation has ended or expired.");

    public static IResult BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Busy() =>
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Too many conversations are open. Please try again in a few minutes.");

    public static IResult TooManyRequests() =>
        Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many new conversations from this client. Please wait a minute.");

    public static IResult PostingTooFast() =>
        Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Messages are coming too fast. Please wait a moment and send again.");

    public static IResult TooManyStreams() =>
        Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many open streams for this conversation.");

    public static IResult MessageTooLong(int maxChars) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"A message may be at most {maxChars} characters.");
}
