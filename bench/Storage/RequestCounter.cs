using Azure.Core;
using Azure.Core.Pipeline;

namespace ReportBot.Benchmarks.Storage;

/// <summary>Counts the requests a Blob client sends, per retry (every request on the wire), by path prefix.</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private long _state;
    private long _keys;
    private long _transcripts;

    public (long State, long Keys, long Transcripts) Counts => (Interlocked.Read(ref _state), Interlocked.Read(ref _keys), Interlocked.Read(ref _transcripts));

    public void Reset() => (_state, _keys, _transcripts) = (0, 0, 0);

    public override void OnSendingRequest(HttpMessage message)
    {
        var path = message.Request.Uri.Path;
        if (path.Contains("/state/", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _state);
        }
        else if (path.Contains("/keys/", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _keys);
        }
        else
        {
            Interlocked.Increment(ref _transcripts);
        }
    }
}
