using System.Text.Json;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// Refuses, with 400, an activity on <c>/api/messages</c> that the Bot Framework adapter would fail on with a 500 or
/// a failed turn: no type, channel or conversation id, or a <c>serviceUrl</c> that is not an absolute http(s) URL.
/// The body is read once into a pooled buffer (it is bounded by the route's size limit) and handed on unchanged
/// (<see cref="ActivityBody"/>, which the activity is then read from).
/// </summary>
public static class ActivityEnvelopeCheck
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = await ActivityBody.ReadAsync(context.HttpContext.Request, context.HttpContext.RequestAborted).ConfigureAwait(false);
        body.AttachTo(context.HttpContext);
        string? problem;
        try
        {
            // A UTF-8 byte order mark is allowed (the stream reader skipped it; parsing from memory does not).
            var json = body.Memory.Span.StartsWith(Utf8Bom) ? body.Memory[Utf8Bom.Length..] : body.Memory;
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            problem = Problem(document.RootElement);
        }
        catch (JsonException)
        {
            problem = "The body must be one JSON activity.";
        }

        return problem is null ? await next(context).ConfigureAwait(false) : Results.Json(new { error = problem }, statusCode: StatusCodes.Status400BadRequest);
    }

    private static string? Problem(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body must be one JSON activity.";
        }

        if (!NonEmptyString(activity, "type") || !NonEmptyString(activity, "channelId"))
        {
            return "An activity needs a 'type' and a 'channelId'.";
        }

        if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object || !NonEmptyString(conversation, "id"))
        {
            return "An activity needs 'conversation.id'.";
        }

        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return "An activity needs an absolute http(s) 'serviceUrl'.";
        }

        return null;
    }

    private static bool NonEmptyString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
