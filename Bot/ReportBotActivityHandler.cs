using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Storage;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot;

/// <summary>
/// The bot: thin on purpose. Messages and new members go to the dialog engine; cross-cutting work lives in
/// middleware. State is saved only after the turn ran to the end, and replies leave only after that save.
/// </summary>
public sealed class ReportBotActivityHandler(DialogRunner runner, ConversationState conversationState, ConsistentTurnRunner turns) : ActivityHandler
{
    // Replies are held until the state is saved (ETag-guarded); a turn that lost a race is re-run on the newer state.
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        turns.RunAsync(turnContext, conversationState, ct => base.OnTurnAsync(turnContext, ct), cancellationToken);

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
