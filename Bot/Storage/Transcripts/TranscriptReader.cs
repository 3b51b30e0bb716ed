using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// Reads one conversation's stored transcript, in order: its data key, one prefix listing of <c>transcripts/{case}/</c>
/// and one read of the case's segment (so a 500-line transcript takes three requests), each line decrypted with the
/// case's data key. Lines still waiting in the outbox are not included.
/// </summary>
public sealed class TranscriptReader(IObjectStore store, DataKeyStore dataKeys, Pseudonymizer pseudonyms)
{
    public IAsyncEnumerable<TranscriptEntry> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        ReadCaseAsync(pseudonyms.CaseId(channelId, conversationId), cancellationToken);

    public async IAsyncEnumerable<TranscriptEntry> ReadCaseAsync(string caseId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = await dataKeys.FindAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            yield break;
        }

        var segment = ObjectNames.TranscriptSegment(caseId);
        var entries = new List<TranscriptEntry>();
        await foreach (var item in store.ListAsync(ObjectNames.TranscriptFolder(caseId), cancellationToken).ConfigureAwait(false))
        {
            var stored = await store.ReadAsync(item.Name, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                continue;
            }

            if (item.Name == segment)
            {
                entries.AddRange(TranscriptSegment.Open(stored.Content, key, item.Name));
            }
            else
            {
                // One object per line, as earlier versions stored them.
                entries.Add(System.Text.Json.JsonSerializer.Deserialize<TranscriptEntry>(Envelope.Open(key, stored.Content, item.Name))!);
            }
        }

        // Lines were stamped in the order they happened; appends from two instances may interleave differently.
        foreach (var entry in entries.OrderBy(e => e.Timestamp.UtcTicks).ThenBy(e => e.Sequence))
        {
            yield return entry;
        }
    }

    /// <summary>The stored activities of a conversation, as the Bot Framework's transcript stores return them.</summary>
    public async Task<IReadOnlyList<Activity>> GetActivitiesAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var activities = new List<Activity>();
        await foreach (var entry in ReadAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            activities.Add(JsonConvert.DeserializeObject<Activity>(entry.ActivityJson)!);
        }

        return activities;
    }
}
