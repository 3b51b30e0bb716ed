using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Logging;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// What every channel adapter does when a turn throws: tell the survivor kindly, in their language, and log only
/// the exception's type and stack. Conversation state is never deleted (unlike the samples' handler), so a bug
/// cannot erase what a survivor has told.
/// </summary>
public sealed class TurnErrorHandler(ITextCatalog texts, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        SafeLog.TurnFailed(logger, turnContext.Activity.ChannelId, turnContext.Activity.Type, SafeLog.Describe(exception));
        if (turnContext.Activity.Type != ActivityTypes.Message && turnContext.Activity.Type != ActivityTypes.ConversationUpdate)
        {
            return;
        }

        var language = DialogRunner.LanguageOf(turnContext);
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
    }
}
