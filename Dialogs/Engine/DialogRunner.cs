using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Engine;

/// <summary>
/// Runs one turn through the dialog stack: global interruptions first, then the active dialog, or the root
/// dialog when nothing is active. The caller saves conversation state after the turn.
/// </summary>
public sealed class DialogRunner
{
    // The turn item under which the turn's language is left for error handlers, the transcript and the channels.
    private const string LanguageItem = "ReportBot.Language";

    private readonly DialogSet _dialogs;
    private readonly IReadOnlyList<IInterruption> _interruptions;
    private readonly DialogServices _services;
    private readonly IStatePropertyAccessor<DialogState> _stateAccessor;
    private readonly IStatePropertyAccessor<ConversationProfile> _profileAccessor;
    private readonly string _rootDialogId;

    public DialogRunner(
        DialogSet dialogs,
        ConversationState conversationState,
        IEnumerable<IInterruption> interruptions,
        DialogServices services,
        string rootDialogId)
    {
        _dialogs = dialogs;
        _interruptions = interruptions.OrderBy(i => i.Order).ToArray();
        _services = services;
        _stateAccessor = conversationState.CreateProperty<DialogState>("dialogState");
        _profileAccessor = conversationState.CreateProperty<ConversationProfile>("profile");
        _rootDialogId = rootDialogId;
        _dialogs.Get(rootDialogId);
    }

    /// <summary>The language of the conversation as this turn's dialogs left it, or null before they ran.</summary>
    public static Language? LanguageOf(ITurnContext turnContext) => TurnItems.Find<object>(turnContext, LanguageItem) as Language?;

    public async Task<DialogTurnResult> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _stateAccessor.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        var profile = await _profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        var dc = new DialogContext(_dialogs, turnContext, state, profile, _services);
        try
        {
            return await RunAsync(dc, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TurnItems.Of(turnContext).Set(LanguageItem, profile.Language);
            if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                profile.LastActive = _services.Clock.GetUtcNow();
            }
        }
    }

    /// <summary>
    /// Runs only the interruptions ordered below <paramref name="maxOrder"/> (the input guard and the crisis check) on
    /// a message the dialogs will not see, such as one relayed to a counsellor, so that safety answers still come.
    /// Returns the interruption that handled the message, if any. The dialog stack is not touched.
    /// </summary>
    public async Task<IInterruption?> RunInterruptionsBelowAsync(ITurnContext turnContext, int maxOrder, CancellationToken cancellationToken)
    {
        var state = await _stateAccessor.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        var profile = await _profileAccessor.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        var dc = new DialogContext(_dialogs, turnContext, state, profile, _services);
        TurnItems.Of(turnContext).Set(LanguageItem, profile.Language);
        foreach (var interruption in _interruptions.Where(i => i.Order < maxOrder))
        {
            if (await interruption.TryHandleAsync(dc, cancellationToken).ConfigureAwait(false) != InterruptionResult.NotHandled)
            {
                return interruption;
            }
        }

        return null;
    }

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        TurnItems.Of(dc.Context).Set(LanguageItem, dc.Profile.Language);
        if (dc.Context.Activity.Type == ActivityTypes.Message)
        {
            foreach (var interruption in _interruptions)
            {
                var outcome = await interruption.TryHandleAsync(dc, cancellationToken).ConfigureAwait(false);
                if (outcome == InterruptionResult.Resume)
                {
                    if (dc.ActiveDialog is null)
                    {
                        return await dc.BeginDialogAsync(_rootDialogId, null, cancellationToken).ConfigureAwait(false);
                    }

                    await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                    return DialogTurnResult.Waiting;
                }

                if (outcome == InterruptionResult.Handled)
                {
                    return DialogTurnResult.Waiting;
                }
            }
        }

        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(_rootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
