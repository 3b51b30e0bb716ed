using ReportBot.Bot.Logging;

namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>Shreds the keys of kept replies once their retry window has passed (every instance runs it; a key goes once).</summary>
public sealed class RedeliveryKeySweeper(RedeliveryReplyKeys keys, TimeProvider clock, ILogger<RedeliveryKeySweeper> logger) : BackgroundService
{
    /// <summary>How often expired keys are looked for: a key outlives its window by at most this.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await keys.ShredExpiredAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RedeliveryLog.KeySweepFailed(logger, SafeLog.Describe(e));
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
