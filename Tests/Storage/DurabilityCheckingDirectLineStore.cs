using Microsoft.Bot.Schema;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The real in-memory Direct Line store, noting at the moment each bot activity becomes readable by Web Chat whether
/// every turn state saved so far was durable then (<see cref="DeviceFlushes"/> of the bot's data folder).
/// </summary>
internal sealed class DurabilityCheckingDirectLineStore(InMemoryDirectLineConversationStore inner, string dataFolder) : IDirectLineConversationStore
{
    private readonly DeviceFlushes? _flushes = DeviceFlushes.Of(dataFolder);

    /// <summary>Bot activities made readable before the state their turn saved was flushed.</summary>
    public int VisibleBeforeDurable { get; private set; }

    /// <summary>Bot activities made readable.</summary>
    public int BotActivities { get; private set; }

    public bool HasRoom => inner.HasRoom;

    public ValueTask<string> AppendAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        if (activity.From?.Role == RoleTypes.Bot)
        {
            BotActivities++;
            if (_flushes is not null && !_flushes.Covers(_flushes.LastTicket))
            {
                VisibleBeforeDurable++;
            }
        }

        return inner.AppendAsync(conversationId, activity, clientActivityId, cancellationToken);
    }

    public ValueTask<ConversationStart?> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken) =>
        inner.StartAsync(conversationId, userId, locale, cancellationToken);

    public ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindAsync(conversationId, cancellationToken);

    public ValueTask<DirectLineConversation?> FindForReplyAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindForReplyAsync(conversationId, cancellationToken);

    public ValueTask<string?> FindByClientActivityIdAsync(string conversationId, string clientActivityId, CancellationToken cancellationToken) =>
        inner.FindByClientActivityIdAsync(conversationId, clientActivityId, cancellationToken);

    public ValueTask<ActivityPage?> ReadAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken) =>
        inner.ReadAsync(conversationId, watermark, max, cancellationToken);

    public Task<bool> WaitForActivityAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken) =>
        inner.WaitForActivityAsync(conversationId, watermark, timeout, cancellationToken);

    public IDisposable? TryOpenStream(string conversationId) => inner.TryOpenStream(conversationId);

    public ValueTask<bool> EraseAsync(string conversationId, CancellationToken cancellationToken) => inner.EraseAsync(conversationId, cancellationToken);

    public bool IsErased(string conversationId) => inner.IsErased(conversationId);

    public int PurgeExpired() => inner.PurgeExpired();
}
