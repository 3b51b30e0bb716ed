using Microsoft.Bot.Builder;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Dialogs;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A <see cref="RecordingStorage"/> whose next conversation-state save, once armed, loses the ETag race as it would
/// when another instance saved the conversation first: the turn runner then re-runs the turn on the stored state.
/// </summary>
public sealed class ConflictOnceStorage : IStorage
{
    private int _armed;

    public RecordingStorage Inner { get; } = new();

    /// <summary>Conversation-state saves refused so far.</summary>
    public int Conflicts { get; private set; }

    public void ArmConflict() => Volatile.Write(ref _armed, 1);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Keys.Any(k => k.Contains("/conversations/", StringComparison.Ordinal)) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Conflicts++;
            throw new StorageConflictException("The conversation was saved by another instance first.");
        }

        return Inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Inner.DeleteAsync(keys, cancellationToken);
}
