using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Middleware that keeps each turn's conversation reference, as the handoff feature will, and counts turns.</summary>
public sealed class ReferenceRecorder : Microsoft.Bot.Builder.IMiddleware
{
    public ConcurrentQueue<ConversationReference> References { get; } = new();

    public ConcurrentQueue<Activity> Activities { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        References.Enqueue(turnContext.Activity.GetConversationReference());
        Activities.Enqueue(turnContext.Activity);
        await next(cancellationToken);
    }
}
