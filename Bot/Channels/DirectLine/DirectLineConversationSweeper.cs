using Microsoft.Extensions.Hosting;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Forgets idle conversations every minute, so message text does not outlive the idle timeout in memory.</summary>
public sealed class DirectLineConversationSweeper(IDirectLineConversationStore store, TimeProvider clock, ILogger<DirectLineConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var purged = store.PurgeExpired();
                if (purged > 0)
                {
                    DirectLineLog.Purged(logger, purged);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
