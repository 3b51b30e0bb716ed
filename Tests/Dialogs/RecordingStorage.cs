using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace ReportBot.Tests.Dialogs;

/// <summary>
/// The Bot Framework's MemoryStorage, plus a record of everything ever written to it (as JSON), so a test can
/// scan all that was stored for things that must never be stored in clear.
/// </summary>
public sealed class RecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly ConcurrentQueue<(string Key, string Json)> _writes = new();
    private readonly ConcurrentDictionary<string, byte> _live = new();

    public IReadOnlyCollection<(string Key, string Json)> Writes => _writes;

    /// <summary>Keys written and not deleted since.</summary>
    public IReadOnlyCollection<string> LiveKeys => _live.Keys.ToList();

    public string AllWritten => string.Join("\n", _writes.Select(w => w.Key + " " + w.Json));

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await _inner.WriteAsync(changes, cancellationToken);
        foreach (var (key, value) in changes)
        {
            _writes.Enqueue((key, JsonConvert.SerializeObject(value)));
            _live[key] = 0;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await _inner.DeleteAsync(keys, cancellationToken);
        foreach (var key in keys)
        {
            _live.TryRemove(key, out _);
        }
    }
}
