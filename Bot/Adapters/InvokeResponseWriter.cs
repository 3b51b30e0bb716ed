using System.Buffers;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// Writes a turn's <see cref="InvokeResponse"/> (the replies of an <c>expectReplies</c> request) as the Bot Framework's
/// <see cref="HttpHelper.WriteResponseAsync"/> does: the same status, content type and bytes (its serializer's
/// settings, indented), but written by the planned <see cref="ContractJsonWriter"/> and sent in one write with its
/// length rather than copied from a stream in chunks.
/// </summary>
public static class InvokeResponseWriter
{
    private static readonly ContractJsonWriter Json = new(HttpHelper.BotMessageSerializer);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static (MemoryStream Buffer, StreamWriter Text)? t_output;

    public static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is null)
        {
            return;
        }

        // Kestrel refuses synchronous writes, and a JSON writer writes synchronously: the body is made in memory first,
        // in a buffer and writer kept per thread (taken out of the slot while in use, put back after a whole body), and
        // copied into a pooled array for the asynchronous write, which may finish on another thread.
        var (buffer, text) = t_output ?? NewOutput();
        t_output = null;
        buffer.SetLength(0);
        using (var writer = new JsonTextWriter(text) { ArrayPool = PooledJsonChars.Instance, CloseOutput = false })
        {
            Json.Write(writer, invokeResponse.Body);
        }

        text.Flush();
        var length = (int)buffer.Length;
        var body = ArrayPool<byte>.Shared.Rent(length);
        buffer.GetBuffer().AsSpan(0, length).CopyTo(body);
        if (buffer.Capacity <= MaxKeptBuffer)
        {
            t_output = (buffer, text);
        }

        try
        {
            response.ContentType = "application/json";
            response.ContentLength = length;
            await response.Body.WriteAsync(body.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body, clearArray: true);
        }
    }

    private static (MemoryStream, StreamWriter) NewOutput()
    {
        var buffer = new MemoryStream(16 * 1024);
        return (buffer, new StreamWriter(buffer, Utf8, bufferSize: 1024, leaveOpen: true));
    }
}
