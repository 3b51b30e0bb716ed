namespace ReportBot.Bot.Handoff;

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

    /// <summary>Bumped by every write, so two writes of the same content still differ.</summary>
    public long Version { get; init; }

    public bool IsOpen => Status is HandoffStatus.Waiting or HandoffStatus.Active;
}
