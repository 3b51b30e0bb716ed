using ReportBot.Bot.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// Tells waiting survivors their place in the queue again every few minutes, so a silent wait never feels like being
/// forgotten, and removes closed handoffs after <see cref="ClosedRetention"/> (nothing of them is needed any more; the
/// transcript keeps the conversation). Every instance runs this; conditional writes decide which one acts.
/// </summary>
public sealed class HandoffWaitNotices(
    IHandoffQueue queue,
    CounsellorDesk desk,
    HandoffOptions options,
    ITextCatalog texts,
    TimeProvider clock,
    ILogger<HandoffWaitNotices> logger) : BackgroundService
{
    /// <summary>How long a closed handoff stays in the queue (so a survivor's next message still finds it closed).</summary>
    public static readonly TimeSpan ClosedRetention = TimeSpan.FromHours(1);

    /// <summary>Deletes closed handoffs older than <see cref="ClosedRetention"/>; returns how many.</summary>
    public async Task<int> PurgeClosedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var (record, etag) in await queue.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (record.Status is HandoffStatus.Ended or HandoffStatus.Cancelled && record.ClosedAt is { } closed && now - closed >= ClosedRetention
                && await queue.TryDeleteAsync(record.Id, etag, cancellationToken).ConfigureAwait(false))
            {
                purged++;
            }
        }

        return purged;
    }

    /// <summary>Sends the notices that are due at <paramref name="now"/>; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.WaitUpdateMinutes <= 0)
        {
            return 0;
        }

        var interval = TimeSpan.FromMinutes(options.WaitUpdateMinutes);
        var waiting = (await queue.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.Record.Status == HandoffStatus.Waiting)
            .OrderByDescending(s => s.Record.Crisis)
            .ThenBy(s => s.Record.CreatedAt)
            .ToList();
        var sent = 0;
        for (var i = 0; i < waiting.Count; i++)
        {
            var (record, etag) = (waiting[i].Record, waiting[i].ETag);
            if (now - (record.LastNoticeAt ?? record.CreatedAt) < interval || record.ProtectedReference is null)
            {
                continue;
            }

            // Only the instance whose write wins sends this notice.
            if (await queue.TryReplaceAsync(record with { LastNoticeAt = now }, etag, cancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            var text = texts.Get(HandoffText.WaitUpdate, CounsellorDesk.LanguageOf(record), ("position", i + 1));
            if (await desk.TrySendToSurvivorAsync(record, text, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (options.WaitUpdateMinutes > 0)
                {
                    await RunOnceAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                }

                await PurgeClosedAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                HandoffLog.WaitNoticesFailed(logger, SafeLog.Describe(failure));
            }
        }
    }
}
