using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Storage.Erasure;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// The Bot Framework's transcript-store contract over ReportBot's own transcripts (encrypted, redacted, in Blob
/// storage or on disk), so that anything reading transcripts (the counsellor console, handoff.initiate) reads the
/// one redacted copy and no second copy is ever kept. Lines are written by <see cref="TranscriptMiddleware"/>
/// through the durable outbox, not through <see cref="LogActivityAsync"/>.
/// </summary>
public sealed class StoredTranscriptStore(TranscriptReader reader, ConversationDataEraser eraser, TranscriptOutboxDrainer drainer) : ITranscriptStore
{
    /// <summary>How long a read waits for lines still in the outbox (written by the turns just before) to be stored.</summary>
    private static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(3);

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        // The lines of the last turns leave the outbox off the turns' path; a reader (handoff.initiate, the console)
        // wants them too. Wait briefly for the drain; if storage is down, read what is stored.
        if (!drainer.IsPaused)
        {
            using var wait = new CancellationTokenSource(DrainWait);
            try
            {
                await drainer.FlushAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        var activities = await reader.GetActivitiesAsync(channelId, conversationId, CancellationToken.None).ConfigureAwait(false);
        return new PagedResult<IActivity>
        {
            Items = activities.Where(a => a.Timestamp is null || a.Timestamp >= startDate).Cast<IActivity>().ToArray(),
        };
    }

    /// <summary>Listing every conversation of a channel is deliberately not offered: transcripts are opened one case at a time, and audited.</summary>
    public Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null) =>
        throw new NotSupportedException("Transcripts are opened one conversation at a time.");

    public Task DeleteTranscriptAsync(string channelId, string conversationId) =>
        eraser.EraseConversationAsync(channelId, conversationId, CancellationToken.None);

    /// <summary>Not the write path: <see cref="TranscriptMiddleware"/> writes every line through the durable outbox.</summary>
    public Task LogActivityAsync(IActivity activity) => Task.CompletedTask;
}
