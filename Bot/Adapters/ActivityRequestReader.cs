using System.Buffers;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// Reads the activity of a <c>/api/messages</c> request as <see cref="HttpHelper.ReadRequestAsync{T}"/> does (the
/// same serializer and settings, no depth limit, null for a body that is not JSON), but into a pooled buffer and a
/// pooled JSON reader instead of a growing <see cref="MemoryStream"/>, a <see cref="StreamReader"/> and new character
/// buffers on every request. The body is UTF-8 (with or without a byte order mark): <see cref="ActivityEnvelopeCheck"/>
/// has parsed it as such before it gets here.
/// </summary>
public static class ActivityRequestReader
{
    public static async Task<Activity?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and < ReportBotApp.MaxActivityBytes ? (int)request.ContentLength.Value + 1 : 4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            using var reader = new JsonTextReader(new Utf8TextReader(buffer.AsMemory(0, length))) { MaxDepth = null, ArrayPool = PooledJsonChars.Instance };
            return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            // The body holds what the survivor wrote: the pooled array goes back empty.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
