using Microsoft.Extensions.Options;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The outbox shared by every instance: one sealed object per conversation in the shared store
/// (<c>channels/kakao-outbox/{case id}</c>), changed by ETag-guarded read-modify-write, so a counsellor's message
/// queued on one instance is delivered by whichever instance the survivor's next request reaches, once.
/// Bounded per conversation, in conversations (those written within <see cref="KakaoOptions.PendingHours"/>), and in
/// time. Changes to one conversation's outbox on this instance take turns (a lock per conversation), so only other
/// instances race for its ETag: with optimistic writes alone, a few busy writers on one instance could each lose every
/// retry, refusing a counsellor's message or losing replies put back after a failed callback.
/// </summary>
public sealed class StoredKakaoOutbox(IObjectStore store, HandoffProtector protector, Pseudonymizer pseudonyms, IOptions<KakaoOptions> options, TimeProvider clock) : IKakaoOutbox
{
    private const string Prefix = "channels/kakao-outbox/";
    private const string Purpose = "ReportBot.Channels.KakaoOutbox.v1";
    private const int Attempts = 30;

    private readonly KakaoOptions _options = options.Value;
    private readonly KeyedLocks _updating = new();

    public async ValueTask<bool> TryEnqueueAsync(string conversationId, IReadOnlyList<KakaoPendingMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return true;
        }

        try
        {
            return await UpdateAsync(conversationId, async (state, exists) =>
            {
                if (!exists && await LiveConversationsAsync(cancellationToken).ConfigureAwait(false) >= _options.PendingConversations)
                {
                    return (null, false);
                }

                if (state.Messages.Count + messages.Count > _options.PendingPerConversation)
                {
                    return (null, false);
                }

                return (state with { Messages = [.. state.Messages, .. NotErased(state, messages)] }, true);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Contended beyond every retry: refused, so the caller knows, never dropped silently.
            return false;
        }
    }

    public async ValueTask ReturnAsync(string conversationId, IReadOnlyList<KakaoPendingMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        // Messages put back were already accepted once, so they are not refused for lack of room.
        await UpdateAsync(conversationId, (state, _) =>
            ValueTask.FromResult<(OutboxState?, bool)>((state with { Messages = [.. NotErased(state, messages), .. state.Messages] }, true)), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<KakaoPendingMessage>> DrainAsync(string conversationId, CancellationToken cancellationToken) =>
        await UpdateAsync<IReadOnlyList<KakaoPendingMessage>>(conversationId, (state, _) =>
            ValueTask.FromResult<(OutboxState?, IReadOnlyList<KakaoPendingMessage>)>(
                state.Messages.Count == 0 ? (null, []) : (state with { Messages = [] }, state.Messages)), cancellationToken).ConfigureAwait(false);

    public async ValueTask<int> CountAsync(string conversationId, CancellationToken cancellationToken)
    {
        var name = NameOf(conversationId);
        var existing = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        return existing is null ? 0 : Current(existing.Content, name).Messages.Count;
    }

    public async ValueTask<int> EraseAsync(string conversationId, CancellationToken cancellationToken)
    {
        // The erase marker stays in the object for the outbox's lifetime, so a request in flight on any instance
        // cannot put back what was queued before it.
        var now = clock.GetUtcNow();
        return await UpdateAsync(conversationId, (state, _) =>
            ValueTask.FromResult<(OutboxState?, int)>((new OutboxState([], now), state.Messages.Count)), cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<KakaoPendingMessage> NotErased(OutboxState state, IReadOnlyList<KakaoPendingMessage> messages) =>
        state.ErasedAt is { } erased ? messages.Where(m => m.Queued >= erased) : messages;

    // Reads the conversation's object, applies the change and writes it back only if nobody wrote in between;
    // on a conflict it reads again. A change that returns no state writes nothing.
    private async Task<T> UpdateAsync<T>(string conversationId, Func<OutboxState, bool, ValueTask<(OutboxState? Next, T Result)>> change, CancellationToken cancellationToken)
    {
        var name = NameOf(conversationId);
        using var turn = await _updating.EnterAsync(name, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            var state = existing is null ? new OutboxState([], null) : Current(existing.Content, name);
            var (next, result) = await change(state, existing is not null).ConfigureAwait(false);
            if (next is null)
            {
                return result;
            }

            var condition = existing is null ? WriteCondition.IfNotExists : WriteCondition.IfMatch(existing.ETag);
            try
            {
                await store.WriteAsync(name, SealedJson.Seal(protector, next, Purpose, name), condition, cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (StorageConflictException) when (attempt < Attempts)
            {
                // Another instance changed the queue at the same moment: wait a little, read again and apply to theirs.
                await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 5)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // The stored state without what has expired: old messages, and an erase marker older than any message kept.
    private OutboxState Current(byte[] content, string name)
    {
        var state = SealedJson.Open<OutboxState>(protector, content, Purpose, name) ?? new OutboxState([], null);
        var oldest = clock.GetUtcNow() - TimeSpan.FromHours(_options.PendingHours);
        return new OutboxState(state.Messages.Where(m => m.Queued >= oldest).ToList(), state.ErasedAt >= oldest ? state.ErasedAt : null);
    }

    // Conversations written within the outbox's lifetime, up to the bound; older objects hold only expired
    // messages and are deleted on the way (unless written again since they were listed).
    private async Task<int> LiveConversationsAsync(CancellationToken cancellationToken)
    {
        var oldest = clock.GetUtcNow() - TimeSpan.FromHours(_options.PendingHours);
        var live = 0;
        await foreach (var item in store.ListAsync(Prefix, cancellationToken).ConfigureAwait(false))
        {
            if (item.LastModified >= oldest)
            {
                if (++live >= _options.PendingConversations)
                {
                    break;
                }
            }
            else if (await store.ReadAsync(item.Name, cancellationToken).ConfigureAwait(false) is { } stale && stale.LastModified < oldest)
            {
                await store.DeleteAsync(item.Name, cancellationToken).ConfigureAwait(false);
            }
        }

        return live;
    }

    private string NameOf(string conversationId) => Prefix + pseudonyms.CaseId(KakaoAdapter.ChannelId, conversationId);

    private sealed record OutboxState(IReadOnlyList<KakaoPendingMessage> Messages, DateTimeOffset? ErasedAt);
}
