using System.Globalization;
using System.Text;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Erasure;

/// <summary>
/// When a case was erased, kept in the shared store for every instance: transcript lines of that case still waiting
/// in another instance's outbox (its drainer was behind, stopped or cut off from storage) would otherwise be uploaded
/// under a new data key once that instance no longer finds the shredded one, and the erased conversation could be
/// read again. The record holds only the time; its name is a keyed digest of the case id
/// (<see cref="Pseudonymizer.ErasureTag"/>), so nothing named for the case is left. It goes with the retention sweep.
/// </summary>
public sealed class ErasureRecords(IObjectStore store, Pseudonymizer pseudonyms)
{
    /// <summary>Records that <paramref name="caseId"/> was erased at <paramref name="at"/> (a later erasure replaces it).</summary>
    public Task WriteAsync(string caseId, DateTimeOffset at, CancellationToken cancellationToken) =>
        store.WriteAsync(
            ObjectNames.Erasure(pseudonyms.ErasureTag(caseId)),
            Encoding.ASCII.GetBytes(at.UtcTicks.ToString(CultureInfo.InvariantCulture)),
            WriteCondition.None,
            cancellationToken);

    /// <summary>When <paramref name="caseId"/> was last erased, or null when no instance erased it (within retention).</summary>
    public async Task<DateTimeOffset?> FindAsync(string caseId, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(ObjectNames.Erasure(pseudonyms.ErasureTag(caseId)), cancellationToken).ConfigureAwait(false);
        return stored is not null && long.TryParse(Encoding.ASCII.GetString(stored.Content), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;
    }

    /// <summary>Deletes the records older than <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> ExpireAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var old = new List<string>();
        await foreach (var item in store.ListAsync(ObjectNames.ErasuresPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (item.LastModified < cutoff)
            {
                old.Add(item.Name);
            }
        }

        foreach (var name in old)
        {
            await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
        }

        return old.Count;
    }
}
