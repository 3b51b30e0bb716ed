using System.Collections.Concurrent;
using System.Text;
using Microsoft.Bot.Builder;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Tests.Dialogs;

/// <summary>
/// Keeps state as the bot's storage writes it (<see cref="StateSerializer"/>: Newtonsoft with full type names), without
/// the encryption, so a test can put in state exactly as an earlier version stored it and read what this one stores.
/// </summary>
public sealed class SerializedStorage : IStorage
{
    private readonly ConcurrentDictionary<string, byte[]> _items = new(StringComparer.Ordinal);

    /// <summary>Puts in an item as stored JSON (with its type names).</summary>
    public void Put(string key, string json) => _items[key] = Encoding.UTF8.GetBytes(json);

    public string? Json(string key) => _items.TryGetValue(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var bytes) && StateSerializer.Deserialize(bytes) is { } value)
            {
                found[key] = value;
            }
        }

        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = StateSerializer.Serialize(value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
