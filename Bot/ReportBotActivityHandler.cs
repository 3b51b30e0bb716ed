using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot;

/// <summary>
/// The bot: thin on purpose. Messages and new members go to the dialog engine; cross-cutting work lives in
/// middleware. State is saved only after the turn ran to the end.
/// </summary>
public sealed class ReportBotActivityHandler(DialogRunner runner, ConversationState conversationState) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        runner.RunAsync(turnContext, cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await runner.RunAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }
}
