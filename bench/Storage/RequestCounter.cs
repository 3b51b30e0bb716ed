using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// Counts the requests a Blob client sends, per retry (every request on the wire), by kind ("PUT state",
/// "PUT transcripts?comp=appendblock", ...) and by where they were sent from: a turn's path (an /api/messages request,
/// marked by <see cref="TurnScope"/>; the first turn of a conversation apart) or off it (the transcript drainer).
/// </summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<(TurnPhase Phase, string Kind), long> _counts = new();
    private long _statePutBytes;
    private long _statePuts;

    public void Reset()
    {
        _counts.Clear();
        Interlocked.Exchange(ref _statePutBytes, 0);
        Interlocked.Exchange(ref _statePuts, 0);
    }

    /// <summary>The counts so far, keyed by phase and kind.</summary>
    public IReadOnlyDictionary<(TurnPhase Phase, string Kind), long> Snapshot() => new Dictionary<(TurnPhase, string), long>(_counts);

    public long Total(Func<TurnPhase, string, bool> which) => _counts.Where(c => which(c.Key.Phase, c.Key.Kind)).Sum(c => c.Value);

    /// <summary>The mean body size of the state writes (PUT state/...).</summary>
    public int MeanStatePutBytes => Interlocked.Read(ref _statePuts) == 0 ? 0 : (int)(Interlocked.Read(ref _statePutBytes) / Interlocked.Read(ref _statePuts));

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var path = request.Uri.Path;
        var slash = path.IndexOf('/', path.IndexOf('/', 1) + 1); // past "/{account}/{container}"
        var name = slash < 0 ? "" : path[(slash + 1)..];
        var folder = name.Length == 0 ? "(container)" : name.Split('/')[0];
        var query = request.Uri.Query;
        var comp = query.Split('&', '?').FirstOrDefault(p => p.StartsWith("comp=", StringComparison.Ordinal));
        var kind = $"{request.Method} {folder}{(comp is null ? "" : "?" + comp)}";
        _counts.AddOrUpdate((TurnScope.Current, kind), 1, (_, n) => n + 1);
        if (request.Method == RequestMethod.Put && folder == "state" && comp is null && request.Content is { } content && content.TryComputeLength(out var length))
        {
            Interlocked.Add(ref _statePutBytes, length);
            Interlocked.Increment(ref _statePuts);
        }
    }
}
