using Microsoft.Bot.Builder;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Makes every turn slow, to push it past the Kakao reply budget.</summary>
public sealed class DelayMiddleware(TimeSpan delay) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        await next(cancellationToken);
    }
}
