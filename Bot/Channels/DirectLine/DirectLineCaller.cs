namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Who is calling: a server-side holder of the secret (any conversation), or a token bound to one conversation.</summary>
public sealed record DirectLineCaller(bool HasSecret, string? ConversationId, string? UserId)
{
    /// <summary>True when this caller may act on the conversation.</summary>
    public bool MayUse(string conversationId) =>
        HasSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}
