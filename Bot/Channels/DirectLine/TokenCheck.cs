namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>The outcome of checking a Direct Line token: valid (with its conversation), expired or invalid.</summary>
public sealed record TokenCheck(TokenStatus Status, string? ConversationId, string? UserId)
{
    /// <summary>When a valid token stops being valid.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    public static readonly TokenCheck Invalid = new(TokenStatus.Invalid, null, null);

    public static readonly TokenCheck Expired = new(TokenStatus.Expired, null, null);

    public static TokenCheck Valid(string conversationId, string? userId, DateTimeOffset expiresAt) =>
        new(TokenStatus.Valid, conversationId, userId) { ExpiresAt = expiresAt };
}
