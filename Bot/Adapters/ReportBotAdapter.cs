using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Logging;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// The Bot Framework adapter for <c>/api/messages</c>. One constructor, so DI is not left to choose between the
/// base class's two. On an unhandled error it tells the survivor kindly, in their language, and logs only the
/// exception's type and stack: conversation state is never deleted, so nothing they said is lost.
/// </summary>
public sealed class ReportBotAdapter : CloudAdapter
{
    public ReportBotAdapter(BotFrameworkAuthentication authentication, ITextCatalog texts, ILogger<ReportBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            SafeLog.TurnFailed(logger, turnContext.Activity.ChannelId, turnContext.Activity.Type, SafeLog.Describe(exception));
            if (turnContext.Activity.Type != ActivityTypes.Message && turnContext.Activity.Type != ActivityTypes.ConversationUpdate)
            {
                return;
            }

            var language = turnContext.TurnState.Get<object>(DialogRunner.LanguageTurnStateKey) as Language?;
            var text = language is null
                ? texts.Get(CommonText.ErrorBilingual, Language.Korean)
                : texts.Get(CommonText.Error, language.Value);
            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(text)).ConfigureAwait(false);
            }
            catch (Exception sendFailure)
            {
                SafeLog.TurnFailed(logger, turnContext.Activity.ChannelId, "error-reply", SafeLog.Describe(sendFailure));
            }
        };
    }
}
