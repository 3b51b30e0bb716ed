namespace ReportBot.Bot.Handoff.Auth;

/// <summary>A local counsellor account: a name and a password hash (ASP.NET Core's PasswordHasher format).</summary>
public sealed record CounsellorAccount(string Name, string PasswordHash, DateTimeOffset CreatedAt);
