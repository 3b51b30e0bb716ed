using Microsoft.Bot.Builder;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Fails every turn, to see the shared error handler at work.</summary>
public sealed class ThrowingMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("simulated failure quoting 민감한 내용");
}
