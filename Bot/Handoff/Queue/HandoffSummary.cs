namespace ReportBot.Bot.Handoff.Queue;

/// <summary>One row of the counsellor queue: nothing the survivor wrote, nothing that identifies them.</summary>
public sealed record HandoffSummary(
    string Id,
    string Status,
    string Language,
    DateTimeOffset WaitingSince,
    bool Crisis,
    IReadOnlyList<string> IncidentTypes,
    int? Position,
    DateTimeOffset? ClaimedAt);
