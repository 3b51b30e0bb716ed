using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs a conversation's turns one at a time, so two quick messages from one survivor never read and write the same
/// conversation state at once. One lock per conversation, removed when no turn holds or awaits it: unrelated
/// conversations never wait for each other, and memory follows the conversations active right now.
/// </summary>
public sealed class ConversationTurnGate
{
    private readonly KeyedLocks _locks = new();

    public Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken) =>
        _locks.EnterAsync(conversationId, cancellationToken);
}
