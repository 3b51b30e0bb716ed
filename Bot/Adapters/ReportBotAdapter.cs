using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// The Bot Framework adapter for <c>/api/messages</c> (Azure Bot Service channels). One constructor, so DI is not
/// left to choose between the base class's two. Every adapter of the bot (this one, Direct Line, Kakao) runs the
/// same middleware (every <see cref="Microsoft.Bot.Builder.IMiddleware"/> registered in DI, in registration order) and the same
/// <see cref="TurnErrorHandler"/>.
/// </summary>
public sealed class ReportBotAdapter : CloudAdapter
{
    public ReportBotAdapter(
        BotFrameworkAuthentication authentication,
        TurnErrorHandler errorHandler,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        ILogger<ReportBotAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }
}
