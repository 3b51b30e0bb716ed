namespace ReportBot.Bot.Handoff.Queue;

/// <summary>A handoff as read from the queue, with the ETag a conditional write must match.</summary>
public sealed record StoredHandoff(HandoffRecord Record, string ETag);
