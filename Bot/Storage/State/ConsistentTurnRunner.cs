using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Logging;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Storage.State;

/// <summary>
/// Runs a turn so that two instances can never silently overwrite each other's conversation state: replies are
/// held back, state is saved with its ETag, and only then are the replies sent. When the save loses the ETag race
/// the state is reloaded and the turn re-run on the newer state (up to three times from storage, then refused with
/// the kind error message; a first attempt on this instance's cached version, which cost no read, is not counted). When storage is unreachable the survivor is told so kindly; their message is already in the
/// transcript outbox, and nothing is acknowledged that was not kept.
/// </summary>
public sealed class ConsistentTurnRunner(
    ITextCatalog texts,
    ConversationOptions conversation,
    ErasureLog erasures,
    Privacy.Pseudonymizer pseudonyms,
    TimeProvider clock,
    ILogger<ConsistentTurnRunner> logger)
{
    public const int MaxAttempts = 3;

    public async Task RunAsync(ITurnContext turnContext, BotState state, Func<CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        var durability = TurnDurability.Begin();
        var buffer = ReplyBuffer.Attach(turnContext, durability);
        var started = clock.GetUtcNow();
        var cacheUse = StateCache.UseInThisTurn();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    if (attempt > 1)
                    {
                        await state.LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
                    }

                    await turn(cancellationToken).ConfigureAwait(false);
                    if (!ErasedDuring(turnContext, started))
                    {
                        // State that exists is saved even when unchanged: the conditional write is what proves the
                        // turn ran on the current version (it may have come from this instance's cache).
                        var exists = state.GetCachedState(turnContext)?.State?.ContainsKey(EncryptedBotStorage.ETagEntry) == true;
                        using (durability.DeferFlushes())
                        {
                            await state.SaveChangesAsync(turnContext, force: exists, cancellationToken).ConfigureAwait(false);
                        }
                    }

                    break;
                }
                catch (StorageConflictException) when (attempt < MaxAttempts + (cacheUse.Served ? 1 : 0))
                {
                    buffer.Clear();
                    StorageLog.TurnConflictRetry(logger, attempt + 1);
                }
                catch (StorageUnavailableException e)
                {
                    buffer.Clear();
                    buffer.Holding = false;
                    StorageLog.StateUnavailable(logger, SafeLog.Describe(e));
                    await turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(RedactionText.StorageUnavailable, LanguageOf(turnContext))), cancellationToken).ConfigureAwait(false);
                    return;
                }
            }

            // Nothing leaves before the saved state is durable. Replies that go out as they are sent wait for it in the
            // reply buffer's handler, after the transcript middleware synced the survivor's line (which flushed the
            // state record as well). Replies that leave in the HTTP response after the turn (expectReplies) are sent
            // into it first: sending them appends the turn's transcript lines, whose sync flushes the state record too;
            // a turn that appended nothing (a redelivery, a turn without replies) flushes here. Either way the turn
            // waits for one flush, not two.
            buffer.Holding = false;
            if (buffer.Held.Count > 0)
            {
                await turnContext.SendActivitiesAsync(buffer.Held.ToArray(), cancellationToken).ConfigureAwait(false);
            }

            await EnsureBeforeResponseAsync(turnContext, durability).ConfigureAwait(false);

            // The turn is over and its state saved: the next turn of this conversation starts from these objects.
            (state as SnapshotConversationState)?.LendToNextTurn(turnContext);
        }
        finally
        {
            // An error reply from the adapter's error handler must go out, not into a dead buffer.
            buffer.Holding = false;
        }
    }

    // The replies are in the response already: if the state cannot be made durable, none of them may leave with it.
    private static async Task EnsureBeforeResponseAsync(ITurnContext turnContext, TurnDurability durability)
    {
        try
        {
            await durability.EnsureAsync().ConfigureAwait(false);
        }
        catch
        {
            (turnContext as TurnContext)?.BufferedReplyActivities.Clear();
            throw;
        }
    }

    // The survivor asked to delete this conversation during the turn: saving its state now would bring it back.
    private bool ErasedDuring(ITurnContext turnContext, DateTimeOffset started) =>
        !erasures.IsEmpty
        && turnContext.Activity is { ChannelId: { } channel, Conversation.Id: { } conversationId }
        && erasures.Suppresses(pseudonyms.CaseId(channel, conversationId), started);

    private Language LanguageOf(ITurnContext turnContext)
    {
        if (DialogRunner.LanguageOf(turnContext) is { } known)
        {
            return known;
        }

        var text = turnContext.Activity.Text ?? string.Empty;
        return text.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? Language.Korean
            : text.Any(char.IsAsciiLetter) ? Language.English
            : conversation.DefaultLanguage;
    }
}
