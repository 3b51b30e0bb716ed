using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Channels.Redelivery;
using ReportBot.Bot.Handoff;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot;

/// <summary>
/// The bot: thin on purpose. While a counsellor holds (or is about to take) the conversation, messages go to them;
/// otherwise messages and new members go to the dialog engine. Cross-cutting work lives in middleware. State is
/// saved only after the turn ran to the end, and replies leave only after that save.
/// </summary>
public sealed class ReportBotActivityHandler(DialogRunner runner, IHandoffRouter handoff, RedeliveryGuard redeliveries, HandoffOptions handoffOptions) : ActivityHandler
{
    // Replies are held until the state is saved (ETag-guarded); a turn that lost a race is re-run on the newer state;
    // an activity the conversation already took is answered as the first time, not run again.
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        redeliveries.RunAsync(turnContext, ct => base.OnTurnAsync(turnContext, ct), cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (await handoff.TryRouteAsync(turnContext, SafetyCheckAsync, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await runner.RunAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await runner.RunAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A contact centre (when the bot emits handoff.initiate) reports accepted, failed or completed.</summary>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name != HandoffEventNames.HandoffStatus
            ? base.OnEventActivityAsync(turnContext, cancellationToken)
            : HandoffStatusSource.IsTrusted(turnContext, handoffOptions)
                ? handoff.OnHandoffStatusAsync(turnContext, cancellationToken)
                : Task.CompletedTask;

    private async Task<int?> SafetyCheckAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await runner.RunInterruptionsBelowAsync(turnContext, HandoffRouter.SafetyOrderLimit, cancellationToken).ConfigureAwait(false))?.Order;
}
