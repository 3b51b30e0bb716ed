using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Where Direct Line conversations and their activity lists live between a client's requests. The in-memory
/// implementation serves one instance; several instances behind one address need sticky sessions (or Azure
/// Direct Line) until a shared implementation exists.
/// </summary>
public interface IDirectLineConversationStore
{
    /// <summary>Creates the conversation unless it exists. Null when the store is full.</summary>
    ValueTask<ConversationStart?> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken);

    /// <summary>False once all conversations together hold the configured byte budget; clients' posts then wait.</summary>
    bool HasRoom { get; }

    /// <summary>The conversation, or null when it never existed, has expired or was erased. Counts as client activity.</summary>
    ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The conversation for the bot's replies in a turn under way: also an erased one during its grace, so the
    /// survivor reads the confirmation that their data is gone.
    /// </summary>
    ValueTask<DirectLineConversation?> FindForReplyAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an activity, giving it the next id and watermark position, and returns the id.
    /// Throws <see cref="DirectLineConversationNotFoundException"/> when the conversation is gone.
    /// </summary>
    ValueTask<string> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken);

    /// <summary>The id of an activity the user already posted with this <c>clientActivityID</c>, to ignore a retried post.</summary>
    ValueTask<string?> FindByClientActivityIdAsync(string conversationId, string clientActivityId, CancellationToken cancellationToken);

    /// <summary>Activities after <paramref name="watermark"/> (at most <paramref name="max"/>), or null when the conversation is gone.</summary>
    ValueTask<ActivityPage?> ReadAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Completes with true as soon as the conversation holds an activity after <paramref name="watermark"/> (or is
    /// gone), with false when <paramref name="timeout"/> passes first. Lets a WebSocket stream push without polling.
    /// </summary>
    Task<bool> WaitForActivityAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>
    /// Takes one of the conversation's stream places; dispose it when the stream ends. Null when the conversation is
    /// gone or already has as many streams as allowed.
    /// </summary>
    IDisposable? TryOpenStream(string conversationId);

    /// <summary>
    /// "Delete my data": drops every activity held for the conversation at once. Only what the bot says afterwards
    /// (its confirmation) stays readable, for a short grace; then the conversation is gone, and until every token
    /// issued before has expired the id can be neither used, refreshed nor started again. True when it was held.
    /// </summary>
    ValueTask<bool> EraseAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>True while tokens of an erased conversation must be refused.</summary>
    bool IsErased(string conversationId);

    /// <summary>Forgets conversations idle too long, past their lifetime or erased; returns how many.</summary>
    int PurgeExpired();
}
