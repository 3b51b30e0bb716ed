namespace ReportBot.Bot.Handoff.Queue;

/// <summary>Read-modify-write of one handoff with ETag preconditions, retried when another write got there first.</summary>
public static class HandoffUpdates
{
    private const int MaxAttempts = 20;

    /// <summary>
    /// Applies <paramref name="change"/> to the current record until the conditional write succeeds. The change
    /// returns null to leave the record as it is. Returns the record as written (or as left), or null when missing.
    /// </summary>
    public static async Task<HandoffRecord?> UpdateAsync(this IHandoffQueue queue, string id, Func<HandoffRecord, HandoffRecord?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await queue.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return null;
            }

            var changed = change(stored.Record);
            if (changed is null)
            {
                return stored.Record;
            }

            if (await queue.TryReplaceAsync(changed, stored.ETag, cancellationToken).ConfigureAwait(false) is not null)
            {
                return changed;
            }

            await Task.Delay(Random.Shared.Next(5, 20 * (attempt + 1)), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException("The handoff kept changing under every attempt to update it.");
    }

    /// <summary>The survivor's place in the queue: crisis first, then the longest waiting.</summary>
    public static async Task<int> PositionAsync(this IHandoffQueue queue, string id, CancellationToken cancellationToken)
    {
        var waiting = (await queue.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Select(s => s.Record)
            .Where(r => r.Status == HandoffStatus.Waiting)
            .OrderByDescending(r => r.Crisis)
            .ThenBy(r => r.CreatedAt)
            .ToList();
        var index = waiting.FindIndex(r => r.Id == id);
        return index < 0 ? 1 : index + 1;
    }
}
