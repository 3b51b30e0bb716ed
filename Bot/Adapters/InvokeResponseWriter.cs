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

        // Kestrel refuses synchronous writes, and a JSON writer writes synchronously: the body is made in memory first.
        using var body = new MemoryStream(4096);
        using (var text = new StreamWriter(body, Utf8, bufferSize: 1024, leaveOpen: true))
        using (var writer = new JsonTextWriter(text))
        {
            Json.Write(writer, invokeResponse.Body);
        }

        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken).ConfigureAwait(false);
    }
}
