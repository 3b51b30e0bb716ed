using ReportBot.Dialogs.Handoff;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// One request for a counsellor, stored as one document in the shared queue. Nothing in it identifies the survivor:
/// the id is random, the conversation reference (needed to reach the survivor) is encrypted and dropped when the
/// handoff closes, and message texts are encrypted.
/// </summary>
public sealed record HandoffRecord
{
    public required string Id { get; init; }

    public required HandoffStatus Status { get; init; }

    /// <summary>The survivor's language code ("ko", "en").</summary>
    public required string Language { get; init; }

    /// <summary>Raised by a crisis: goes to the front of the queue.</summary>
    public bool Crisis { get; init; }

    public IReadOnlyList<string> IncidentTypes { get; init; } = [];

    /// <summary>The channel the survivor came from (which proactive channel reaches them).</summary>
    public required string ChannelId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The counsellor's id (local account name or Entra object id) once claimed.</summary>
    public string? ClaimedBy { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>"survivor", "counsellor" or "hub" (an external contact centre).</summary>
    public string? ClosedBy { get; init; }

    /// <summary>The encrypted Bot Framework conversation reference; null once closed.</summary>
    public string? ProtectedReference { get; init; }

    /// <summary>Where an external contact centre (handoff.status) says the handoff stands, if one is used.</summary>
    public string? HubState { get; init; }

    /// <summary>When the waiting survivor was last told their place in the queue (by the periodic update).</summary>
    public DateTimeOffset? LastNoticeAt { get; init; }

    public IReadOnlyList<HandoffMessage> Messages { get; init; } = [];

    /// <summary>
    /// The storage scope whose data key seals the messages: the case's for a thread on a case code, the conversation's
    /// for a live handoff. Shredding that key (delete my data, retention) makes the messages unreadable; null in records
    /// written before messages were sealed per case (those use the service-wide handoff key).
    /// </summary>
    public string? KeyScope { get; init; }

    /// <summary>The pseudonymous digest of the conversation that made this record, so "delete my data" finds it.</summary>
    public string? ConversationTag { get; init; }

    /// <summary>True for a left message that became a thread on the survivor's case code (replies wait for the code).</summary>
    public bool IsThread { get; init; }

    /// <summary>The last message the survivor has been shown (a counsellor's reply after it is new to them).</summary>
    public long SurvivorReadSeq { get; init; }

    /// <summary>A window the survivor named for a live conversation ("tomorrow 2-4 pm"), if any.</summary>
    public PreferredWindow? PreferredWindow { get; init; }

    /// <summary>Bumped by every write, so two writes of the same content still differ.</summary>
    public long Version { get; init; }

    public bool IsOpen => Status is HandoffStatus.Waiting or HandoffStatus.Active;

    /// <summary>
    /// In the index of open handoffs (<see cref="IHandoffQueue.ListOpenAsync"/>) that console polls read: waiting,
    /// active, and left messages not yet closed. Closed handoffs and closed threads are only in the full listing.
    /// </summary>
    public bool IsListed => IsOpen || Status == HandoffStatus.Message;

    /// <summary>A thread whose last word is the survivor's: it waits in the counsellors' inbox.</summary>
    public bool AwaitsReply => Status == HandoffStatus.Message && Messages.Count > 0 && Messages[^1].From == HandoffMessage.Survivor;
}
