using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Engine;

/// <summary>
/// One turn's view of a conversation's dialog stack: begins, continues, ends and replaces dialogs, and sends
/// text in the conversation's language.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, ConversationProfile profile, DialogServices services)
    {
        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
        Profile = profile;
        Services = services;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public ConversationProfile Profile { get; }

    public DialogServices Services { get; }

    public IReadOnlyList<DialogInstance> Stack => _state.Stack;

    public DialogInstance? ActiveDialog => _state.Stack.Count > 0 ? _state.Stack[0] : null;

    /// <summary>True once the survivor's language is known (chosen or detected).</summary>
    public bool LanguageKnown => Profile.Language.HasValue;

    /// <summary>The language to speak now. Korean until one is known, as most survivors who reach us write Korean.</summary>
    public Language Language => Profile.Language ?? Services.DefaultLanguage;

    /// <summary>The text of the incoming message (or what the turn settled it means, see <see cref="TextOverride"/>), or empty.</summary>
    public string Text => TextOverride ?? (Context.Activity.Type == ActivityTypes.Message ? Context.Activity.Text ?? string.Empty : string.Empty);

    /// <summary>
    /// Set when an earlier question of this turn settled what the message means: the words of a command the survivor
    /// confirmed, or their earlier message given back as the answer. The activity itself (and its transcript) is untouched.
    /// </summary>
    public string? TextOverride { get; set; }

    /// <summary>True when this turn's text is an answer for the current question and no command may take it.</summary>
    public bool AnswerOnly { get; set; }

    /// <summary>The incoming activity as the prompts read it: with <see cref="TextOverride"/> as its text when set.</summary>
    public Activity MessageActivity()
    {
        if (TextOverride is null)
        {
            return Context.Activity;
        }

        return new Activity { Type = ActivityTypes.Message, Text = TextOverride, Locale = Context.Activity.Locale, ChannelId = Context.Activity.ChannelId };
    }

    public string Localize(TextKey key, params (string Name, object? Value)[] args) =>
        Services.Texts.Get(key, Language, args);

    /// <summary>Sends one text message in the conversation's language.</summary>
    public Task SendAsync(TextKey key, CancellationToken cancellationToken, params (string Name, object? Value)[] args) =>
        SendTextAsync(Localize(key, args), cancellationToken);

    /// <summary>Sends text that is already localised (assembled from several strings or content).</summary>
    public async Task SendTextAsync(string text, CancellationToken cancellationToken, IList<CardAction>? suggestedActions = null)
    {
        var activity = MessageFactory.Text(text);
        activity.Locale = Language.Culture().Name;
        if (suggestedActions is { Count: > 0 })
        {
            activity.SuggestedActions = new SuggestedActions { Actions = suggestedActions };
        }

        await Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        _state.Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hands the incoming activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return DialogTurnResult.Empty;
        }

        var dialog = Dialogs.Find(instance.Id);
        if (dialog is null)
        {
            // A dialog removed by a new release: drop it rather than strand the conversation.
            _state.Stack.RemoveAt(0);
            return await ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }

        return await dialog.ContinueAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and hands its result to the dialog below it.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (_state.Stack.Count > 0)
        {
            _state.Stack.RemoveAt(0);
        }

        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = Dialogs.Find(parent.Id);
        if (dialog is null)
        {
            return await EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        return await dialog.ResumeAsync(this, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins another in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (_state.Stack.Count > 0)
        {
            _state.Stack.RemoveAt(0);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Empties the stack.</summary>
    public DialogTurnResult CancelAllDialogs()
    {
        _state.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        var dialog = instance is null ? null : Dialogs.Find(instance.Id);
        if (dialog is not null)
        {
            await dialog.RepromptAsync(this, cancellationToken).ConfigureAwait(false);
        }
    }
}
