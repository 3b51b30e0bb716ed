using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// Counts turns by channel and times them. Registered first, so the time covers all other middleware and the bot.
/// Reads only the channel id; a failing turn is counted and the exception passes on to the turn error handler.
/// </summary>
public sealed class TurnMetricsMiddleware(ReportBotMetrics metrics) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            failed = false;
        }
        finally
        {
            metrics.TurnCompleted(turnContext.Activity?.ChannelId, Stopwatch.GetElapsedTime(started), failed);
        }
    }
}
