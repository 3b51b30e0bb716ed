using ReportBot.Bot.Handoff.Console;
using ReportBot.Bot.Logging;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// Tells waiting survivors their place in the queue again every few minutes, so a silent wait never feels like being
/// forgotten; removes closed handoffs after <see cref="ClosedRetention"/> (nothing of them is needed any more; the
/// transcript keeps the conversation), threads whose case has expired or was erased (their key is gone), and closes
/// waiting or active handoffs nobody touched for <see cref="HandoffOptions.OpenHandoffHours"/>. Every instance runs
/// this; conditional writes decide which one acts.
/// </summary>
public sealed class HandoffWaitNotices(
    IHandoffQueue queue,
    CounsellorDesk desk,
    HandoffSealer sealer,
    HandoffOptions options,
    ITextCatalog texts,
    TimeProvider clock,
    ILogger<HandoffWaitNotices> logger) : BackgroundService
{
    /// <summary>How long a closed handoff stays in the queue (so a survivor's next message still finds it closed).</summary>
    public static readonly TimeSpan ClosedRetention = TimeSpan.FromHours(1);

    /// <summary>How often the housekeeping reads the whole queue (polls and notices read only the open index).</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(5);

    /// <summary>Deletes closed handoffs older than <see cref="ClosedRetention"/> and threads of expired cases; returns how many.</summary>
    public async Task<int> PurgeClosedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var purged = 0;
        var stale = TimeSpan.FromHours(options.OpenHandoffHours);
        foreach (var (record, etag) in await queue.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (record.IsOpen && now - LastActivity(record) >= stale)
            {
                // The survivor has long gone: close it (which drops the way to reach them and the messages).
                await queue.TryReplaceAsync(CounsellorDesk.Close(record, HandoffStatus.Cancelled, "expired", now), etag, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var expired = record.IsThread
                ? !await sealer.IsAliveAsync(record.KeyScope, cancellationToken).ConfigureAwait(false)
                : record.Status is HandoffStatus.Ended or HandoffStatus.Cancelled && record.ClosedAt is { } closed && now - closed >= ClosedRetention;
            if (expired && await queue.TryDeleteAsync(record.Id, etag, cancellationToken).ConfigureAwait(false))
            {
                purged++;
            }
        }

        return purged;
    }

    private static DateTimeOffset LastActivity(HandoffRecord record) =>
        new[] { record.CreatedAt, record.ClaimedAt ?? record.CreatedAt, record.Messages.Count > 0 ? record.Messages[^1].At : record.CreatedAt }.Max();

    /// <summary>Sends the notices that are due at <paramref name="now"/>; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.WaitUpdateMinutes <= 0)
        {
            return 0;
        }

        var interval = TimeSpan.FromMinutes(options.WaitUpdateMinutes);
        var waiting = (await queue.ListOpenAsync(cancellationToken).ConfigureAwait(false))
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
        var lastPurge = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (options.WaitUpdateMinutes > 0)
                {
                    await RunOnceAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                }

                if (clock.GetUtcNow() - lastPurge >= PurgeInterval)
                {
                    lastPurge = clock.GetUtcNow();
                    await PurgeClosedAsync(lastPurge, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                HandoffLog.WaitNoticesFailed(logger, SafeLog.Describe(failure));
            }
        }
    }
}
