using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReportBot.Tests.Support;

/// <summary>
/// Counts the requests a real Blob client sends (an HTTP pipeline policy, per retry, so every request on the wire is
/// seen), recorded as "METHOD path-after-the-container" (and "?comp=..." when the request has one, as an append
/// block does) for tests that hold the bot to a number of storage requests.
/// </summary>
public sealed class BlobRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        var path = message.Request.Uri.Path;
        var slash = path.IndexOf('/', path.IndexOf('/', 1) + 1); // past "/{account}/{container}"
        var comp = message.Request.Uri.Query.Split('?', '&').FirstOrDefault(p => p.StartsWith("comp=", StringComparison.Ordinal));
        _requests.Enqueue(message.Request.Method + " " + (slash < 0 ? path : path[(slash + 1)..]) + (comp is null ? "" : "?" + comp));
    }
}
