using System.Text.Json;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Handoff;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// How long recent survivors waited before a counsellor took them: one small shared object
/// (<c>handoff-stats/claims</c>, durations and times only, nothing about anyone) that every instance appends to with an
/// ETag precondition. The estimate a waiting survivor is shown comes from here: the middle half of the waits of the
/// last <see cref="HandoffOptions.EstimateHours"/> hours (a range around the median), never a promise.
/// </summary>
public sealed class ClaimTimes(IObjectStore store, HandoffOptions options, TimeProvider clock)
{
    public const string ObjectName = "handoff-stats/claims";
    private const int MaxSamples = 500;
    private const int MinSamples = 2;

    public async Task RecordAsync(TimeSpan waited, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var current = await store.ReadAsync(ObjectName, cancellationToken).ConfigureAwait(false);
            var samples = Recent(current is null ? [] : JsonSerializer.Deserialize<List<ClaimSample>>(current.Content, HandoffJson.Options) ?? [], at);
            samples.Add(new ClaimSample(at, Math.Max(0, (long)waited.TotalSeconds)));
            var bytes = JsonSerializer.SerializeToUtf8Bytes(samples.TakeLast(MaxSamples).ToList(), HandoffJson.Options);
            try
            {
                await store.WriteAsync(ObjectName, bytes, current is null ? WriteCondition.IfNotExists : WriteCondition.IfMatch(current.ETag), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConflictException)
            {
                // Another claim was recorded at the same moment: read again.
            }
        }
    }

    /// <summary>The estimate now, or null with fewer than two recent claims.</summary>
    public async Task<WaitEstimate?> EstimateAsync(CancellationToken cancellationToken)
    {
        var current = await store.ReadAsync(ObjectName, cancellationToken).ConfigureAwait(false);
        var samples = current is null ? [] : JsonSerializer.Deserialize<List<ClaimSample>>(current.Content, HandoffJson.Options) ?? [];
        return Estimate(Recent(samples, clock.GetUtcNow()).Select(s => TimeSpan.FromSeconds(s.WaitedSeconds)));
    }

    /// <summary>The lower and upper quartile of the waits in whole minutes (at least one minute apart), or null.</summary>
    public static WaitEstimate? Estimate(IEnumerable<TimeSpan> waits)
    {
        var sorted = waits.Select(w => w.TotalMinutes).Order().ToArray();
        if (sorted.Length < MinSamples)
        {
            return null;
        }

        var low = (int)Math.Floor(Quantile(sorted, 0.25));
        var high = (int)Math.Ceiling(Quantile(sorted, 0.75));
        low = Math.Max(1, low);
        return new WaitEstimate(low, Math.Max(low + 1, high));
    }

    private List<ClaimSample> Recent(IEnumerable<ClaimSample> samples, DateTimeOffset now) =>
        samples.Where(s => now - s.At <= TimeSpan.FromHours(options.EstimateHours)).ToList();

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(sorted.Length - 1, below + 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }

    private sealed record ClaimSample(DateTimeOffset At, long WaitedSeconds);
}
