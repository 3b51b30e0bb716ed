namespace ReportBot.Bot.Handoff.Console;

/// <summary>The body of <c>POST /api/counsellor/handoffs/{id}/messages</c>.</summary>
public sealed record CounsellorMessageRequest(string? Text);
