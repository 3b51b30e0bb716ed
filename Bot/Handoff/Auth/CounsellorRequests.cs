namespace ReportBot.Bot.Handoff.Auth;

/// <summary>The body of <c>POST /api/counsellor/login</c>.</summary>
public sealed record CounsellorLogin(string? Name, string? Password);
