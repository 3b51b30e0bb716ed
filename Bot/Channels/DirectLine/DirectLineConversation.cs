namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>One Direct Line conversation: its id, the user id the channel gave the survivor, and the page's locale.</summary>
public sealed record DirectLineConversation(string Id, string UserId, string? Locale, DateTimeOffset CreatedAt);
