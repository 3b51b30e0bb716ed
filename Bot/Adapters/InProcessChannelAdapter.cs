using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// Base of the channels ReportBot hosts itself (the embedded Direct Line, KakaoTalk): the shared middleware and
/// <see cref="TurnErrorHandler"/>, and every proactive <c>ContinueConversationAsync</c> overload funnelled into one
/// <see cref="ContinueAsync"/>, since these channels need no claims, audience or bot app id to reach a conversation.
/// </summary>
public abstract class InProcessChannelAdapter : BotAdapter
{
    protected InProcessChannelAdapter(TurnErrorHandler errorHandler, IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(string botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(continuationActivity, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(continuationActivity, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(continuationActivity, callback, cancellationToken);

    /// <summary>Runs a proactive turn for the conversation the continuation activity names.</summary>
    protected abstract Task ContinueAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken);
}
