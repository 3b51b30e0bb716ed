namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Lets a turn's state save return before the disk's write cache is flushed, and makes sure of that flush before
/// anything of the turn is acknowledged. <see cref="ConsistentTurnRunner"/> begins one per turn and saves the state
/// inside <see cref="DeferFlushes"/>; the local store then commits the state record with a write that waits for the
/// device but not for its flush (<see cref="ObjectJournal.CommitUnflushedAsync"/>) and leaves its ticket here. The
/// transcript lines the turn appends next are synced (fdatasync), and that sync's flush makes the state record durable
/// too (<see cref="DeviceFlushes"/>): the turn waits for one flush instead of two. <see cref="EnsureAsync"/>, called
/// before the turn's replies can leave the process, flushes only when no such sync came after the save (a redelivered
/// activity writes no lines). Only writes made inside <see cref="DeferFlushes"/> are deferred; every other write
/// (case records, keys, deletions, the drain's appends) is durable when it returns, as before.
/// </summary>
public sealed class TurnDurability
{
    private static readonly AsyncLocal<TurnDurability?> Current = new();
    private readonly List<(IFlushLater Store, long Ticket)> _pending = [];
    private bool _deferring;

    /// <summary>The turn in this asynchronous flow, while it is saving inside <see cref="DeferFlushes"/>.</summary>
    internal static TurnDurability? Deferring => Current.Value is { _deferring: true } turn ? turn : null;

    /// <summary>Begins the current turn's record (the asynchronous flow of the caller and what it calls).</summary>
    public static TurnDurability Begin() => Current.Value = new TurnDurability();

    /// <summary>While the returned scope lasts, this flow's writes to the local store may wait for their flush until <see cref="EnsureAsync"/>.</summary>
    public IDisposable DeferFlushes()
    {
        _deferring = true;
        return new Scope(this);
    }

    /// <summary>Called by a store for a write whose flush it deferred.</summary>
    internal void Pending(IFlushLater store, long ticket)
    {
        lock (_pending)
        {
            _pending.Add((store, ticket));
        }
    }

    /// <summary>
    /// Returns once every write this turn deferred is durable: at once, without a flush, when a later sync already
    /// flushed them (the usual case, checked without an await). A write stays pending until its flush succeeded, so a
    /// failed flush is tried again by the next call.
    /// </summary>
    public Task EnsureAsync()
    {
        lock (_pending)
        {
            _pending.RemoveAll(p => p.Store.Covers(p.Ticket));
            return _pending.Count == 0 ? Task.CompletedTask : FlushPendingAsync([.. _pending]);
        }
    }

    private async Task FlushPendingAsync((IFlushLater Store, long Ticket)[] pending)
    {
        foreach (var store in pending.Select(p => p.Store).Distinct())
        {
            await store.FlushAsync().ConfigureAwait(false);
        }

        lock (_pending)
        {
            _pending.RemoveAll(p => Array.IndexOf(pending, p) >= 0);
        }
    }

    /// <summary>A store whose writes can wait for a later flush.</summary>
    internal interface IFlushLater
    {
        bool Covers(long ticket);

        Task FlushAsync();
    }

    private sealed class Scope(TurnDurability turn) : IDisposable
    {
        public void Dispose() => turn._deferring = false;
    }
}
