namespace ReportBot.Bot.Handoff;

/// <summary>The body of <c>POST /api/counsellor/handoffs/{id}/messages</c>.</summary>
public sealed record CounsellorMessageRequest(string? Text);
