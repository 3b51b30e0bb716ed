using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// Reads the activity of a <c>/api/messages</c> request as <see cref="HttpHelper.ReadRequestAsync{T}"/> does (the
/// same serializer and settings, no depth limit, null for a body that is not JSON), but from a pooled buffer and a
/// pooled JSON reader instead of a growing <see cref="MemoryStream"/>, a <see cref="StreamReader"/> and new character
/// buffers on every request: the one <see cref="ActivityEnvelopeCheck"/> already read (<see cref="ActivityBody"/>), or
/// else the body read here. The body is UTF-8 (with or without a byte order mark): the envelope check has parsed it
/// as such before it gets here.
/// </summary>
public static class ActivityRequestReader
{
    public static async Task<Activity?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ActivityBody.Of(request) is { } checkedBody)
        {
            return Read(checkedBody);
        }

        using var body = await ActivityBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return Read(body);
    }

    private static Activity? Read(ActivityBody body)
    {
        try
        {
            using var reader = new JsonTextReader(new Utf8TextReader(body.Memory)) { MaxDepth = null, ArrayPool = PooledJsonChars.Instance };
            return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
