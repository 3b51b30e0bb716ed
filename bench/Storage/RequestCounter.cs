using System.Collections.Concurrent;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// Counts the requests a Blob client sends, per retry (every request on the wire), by kind ("PUT state",
/// "PUT transcripts?comp=appendblock", ...) and by where they were sent from: a turn's path (an /api/messages request,
/// marked by <see cref="TurnScope"/>; the first turn of a conversation apart) or off it (the transcript drainer).
/// It also adds up the body bytes of each kind and keeps the first request of each kind as sent (method, address,
/// headers, body length), so the bot's requests can be compared with the bare client's header by header.
/// </summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<(TurnPhase Phase, string Kind), long> _counts = new();
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _samples = new(StringComparer.Ordinal);
    private long _statePutBytes;
    private long _statePuts;

    public void Reset()
    {
        _counts.Clear();
        _bytes.Clear();
        Interlocked.Exchange(ref _statePutBytes, 0);
        Interlocked.Exchange(ref _statePuts, 0);
    }

    /// <summary>The counts so far, keyed by phase and kind.</summary>
    public IReadOnlyDictionary<(TurnPhase Phase, string Kind), long> Snapshot() => new Dictionary<(TurnPhase, string), long>(_counts);

    /// <summary>The body bytes sent so far, by kind (all phases).</summary>
    public IReadOnlyDictionary<string, long> BytesSnapshot() => new Dictionary<string, long>(_bytes, StringComparer.Ordinal);

    /// <summary>The first request of each kind and precondition since this counter was made (not cleared by <see cref="Reset"/>).</summary>
    public IReadOnlyDictionary<string, string> Samples => _samples;

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
        var length = request.Content is { } content && content.TryComputeLength(out var computed) ? computed : 0;
        _bytes.AddOrUpdate(kind, length, (_, n) => n + length);
        // One sample per kind and condition (a create-only write and a conditional rewrite are both "PUT state").
        var condition = request.Headers.Contains("If-Match") ? " If-Match" : request.Headers.Contains("If-None-Match") ? " If-None-Match" : "";
        if (!_samples.ContainsKey(kind + condition))
        {
            _samples.TryAdd(kind + condition, Describe(request, length));
        }

        if (request.Method == RequestMethod.Put && folder == "state" && comp is null && request.Content is not null)
        {
            Interlocked.Add(ref _statePutBytes, length);
            Interlocked.Increment(ref _statePuts);
        }
    }

    // Everything the service reads of a request but its body: the method, the address, every header, the body's length.
    // (The SDK signs the request after this policy, so Authorization and x-ms-date are not here; both clients add them alike.)
    private static string Describe(Request request, long length)
    {
        var text = new StringBuilder().Append(request.Method).Append(' ').Append(request.Uri.ToUri().PathAndQuery).Append(" (body ").Append(length).Append(" bytes)");
        foreach (var header in request.Headers.OrderBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
        {
            text.Append("\n    ").Append(header.Name).Append(": ").Append(header.Name.Equals("x-ms-client-request-id", StringComparison.OrdinalIgnoreCase) || header.Name.Equals("traceparent", StringComparison.OrdinalIgnoreCase) ? "(" + header.Value.Length + " characters)" : header.Value);
        }

        return text.ToString();
    }
}
