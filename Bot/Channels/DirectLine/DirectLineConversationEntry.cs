namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// One conversation held by <see cref="InMemoryDirectLineConversationStore"/>: its activities (serialised), their
/// size, its open streams and, once "delete my data" ran, the moment it was erased. Guarded by <see cref="Sync"/>.
/// </summary>
internal sealed class DirectLineConversationEntry(DirectLineConversation conversation, DateTimeOffset created)
{
    private long _lastTouchedTicks = created.UtcTicks;

    public DirectLineConversation Conversation { get; } = conversation;

    public DateTimeOffset Created { get; } = created;

    public Lock Sync { get; } = new();

    public List<StoredActivity> Activities { get; } = [];

    /// <summary>Bytes the stored activities take (two per character plus a fixed overhead each).</summary>
    public long Bytes { get; set; }

    public long LastSequence { get; set; }

    public int OpenStreams { get; set; }

    /// <summary>When the survivor's data was erased; null while the conversation is live.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>Completed (and replaced) whenever an activity is appended; streams wait on it.</summary>
    public TaskCompletionSource Changed { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Read and written by concurrent requests without the entry lock: keep it one atomic 64-bit value.
    public DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouchedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastTouchedTicks, now.UtcTicks);

    /// <summary>Wakes every stream waiting on this conversation.</summary>
    public void Signal()
    {
        var waiting = Changed;
        Changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting.TrySetResult();
    }

    public static long SizeOf(string json) => (json.Length * sizeof(char)) + 96;

    internal sealed record StoredActivity(long Sequence, string Id, string Json, string? ClientActivityId);
}
