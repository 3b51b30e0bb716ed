using Microsoft.Extensions.Options;
using ReportBot.Bot.Logging;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Storage.Erasure;

/// <summary>
/// Erases every case (and other state scope) whose newest object is older than <c>Storage:RetentionDays</c>,
/// with the same shredding as a survivor's own deletion. Runs at start and every <c>RetentionSweepInterval</c>.
/// </summary>
public sealed class RetentionService(
    IObjectStore store,
    ConversationDataEraser eraser,
    ErasureRecords erasureRecords,
    IOptions<StorageOptions> options,
    TimeProvider clock,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>Erases what expired by <paramref name="now"/>; returns how many scopes were erased.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - TimeSpan.FromDays(options.Value.RetentionDays);
        var newest = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var prefix in new[] { ObjectNames.KeysPrefix, ObjectNames.StatePrefix, ObjectNames.TranscriptsPrefix })
        {
            await foreach (var item in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
            {
                if (ObjectNames.ScopeOf(item.Name) is { } scope)
                {
                    newest[scope] = newest.TryGetValue(scope, out var seen) && seen > item.LastModified ? seen : item.LastModified;
                }
            }
        }

        var expired = newest.Where(p => p.Value < cutoff).Select(p => p.Key).ToList();
        foreach (var scope in expired)
        {
            await eraser.EraseCaseAsync(scope, cancellationToken).ConfigureAwait(false);
        }

        // An erasure's record is needed only while lines from before it can still wait in some instance's outbox.
        await erasureRecords.ExpireAsync(cutoff, cancellationToken).ConfigureAwait(false);
        StorageLog.RetentionSwept(logger, expired.Count, options.Value.RetentionDays);
        return expired.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                StorageLog.RetentionFailed(logger, SafeLog.Describe(e));
            }

            try
            {
                await Task.Delay(options.Value.RetentionSweepInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
