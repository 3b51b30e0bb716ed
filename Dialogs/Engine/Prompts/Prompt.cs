using FluentValidation;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the answer. It re-asks with a localised retry message until it
/// understands the answer and the answer passes the optional FluentValidation validator, whose error messages
/// are string keys.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = PromptOptions.StateKey;
    private const string AttemptsKey = "attempts";
    private const string MissesKey = "misses";
    private const string ReaskedKey = "reasked";

    /// <summary>Unreadable answers in a row after which a prompt stops asking the same thing (see <see cref="Fallback"/>).</summary>
    public const int MaxMisses = 2;
    private readonly IValidator<T>? _validator;

    protected Prompt(string id, IValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    /// <summary>The retry message used when the options name none.</summary>
    protected abstract TextKey DefaultRetry { get; }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JObject.FromObject(promptOptions);
        state[AttemptsKey] = 0;
        await SendPromptAsync(dc, promptOptions, retry: false, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        state[AttemptsKey] = state.Value<int>(AttemptsKey) + 1;

        PromptRecognition<T>? notKnowing = null;
        if (options.AllowSkip && TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(CommonPhrases.Skip)) && (notKnowing = NotKnowingChoice(dc, options)) is null)
        {
            return await dc.EndDialogAsync(SkippedAnswer.Instance, cancellationToken).ConfigureAwait(false);
        }

        var recognition = notKnowing ?? Recognize(dc, options);
        if (!recognition.Succeeded)
        {
            return await MissedAsync(dc, options, state, cancellationToken).ConfigureAwait(false);
        }

        if (_validator is not null)
        {
            var validation = await _validator.ValidateAsync(recognition.Value!, cancellationToken).ConfigureAwait(false);
            if (!validation.IsValid)
            {
                if (state.Value<int>(MissesKey) + 1 >= MaxMisses)
                {
                    return await MissedAsync(dc, options, state, cancellationToken).ConfigureAwait(false);
                }

                state[MissesKey] = state.Value<int>(MissesKey) + 1;
                foreach (var error in validation.Errors)
                {
                    var args = error.CustomState as IReadOnlyDictionary<string, object?>;
                    var text = dc.Services.Texts.Get(new TextKey(error.ErrorMessage), dc.Language, ToArgs(args));
                    await dc.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
                }

                await SendPromptAsync(dc, options, retry: false, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            }
        }

        if (recognition.Note is not null)
        {
            await dc.SendTextAsync(recognition.Note, cancellationToken).ConfigureAwait(false);
        }

        return await dc.EndDialogAsync(recognition.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A dialog begun on top of this prompt (by a global interruption such as "what can I do?") has ended. Its result
    /// is not this question's answer, so ask the question again and keep waiting, as the Bot Framework's prompts do.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        SendPromptAsync(dc, ReadOptions(dc.ActiveDialog!.State), retry: false, cancellationToken);

    /// <summary>
    /// What to do instead of a third identical question: by default, for questions that allow it, keep the survivor's
    /// words as written. Null: ask once more, differently (with a pointer to help and the counsellor).
    /// </summary>
    protected virtual PromptFallback? Fallback(DialogContext dc, PromptOptions options) =>
        options.KeepAsWritten && dc.Text.Trim().Length > 0 ? new PromptFallback(WrittenAnswer.Of(dc.Text), RecognitionText.AsWritten) : null;

    /// <summary>Makes sense of the survivor's message.</summary>
    protected abstract PromptRecognition<T> Recognize(DialogContext dc, PromptOptions options);

    /// <summary>
    /// For words of <see cref="CommonPhrases.Skip"/> that say not knowing ("not sure", "moreugesseoyo"): the choice that
    /// says so where the question has one ("I haven't been able to check"); null, to pass the question, for asking to pass
    /// ("skip", <see cref="CommonPhrases.SkipWord"/>) and where no choice reads the words.
    /// </summary>
    private PromptRecognition<T>? NotKnowingChoice(DialogContext dc, PromptOptions options) =>
        options.Choices is { Count: > 0 }
        && !TextMatcher.ContainsAny(TextMatcher.Normalize(dc.Text), dc.Services.Phrases.All(CommonPhrases.SkipWord))
        && Recognize(dc, options) is { Succeeded: true } picked
            ? picked
            : null;

    /// <summary>The buttons shown with the question.</summary>
    protected virtual IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) => null;

    /// <summary>An answer that could not be used: ask again the first time; after that, never the same question a third time.</summary>
    private async Task<DialogTurnResult> MissedAsync(DialogContext dc, PromptOptions options, JObject state, CancellationToken cancellationToken)
    {
        var misses = state.Value<int>(MissesKey) + 1;
        state[MissesKey] = misses;
        if (misses < MaxMisses)
        {
            // Only emoji or letters like crying eyes: not a wrong answer but a feeling; say so kindly, then ask again.
            var input = Recognition.RecognitionInput.OfMessage(dc.Text);
            if (input.IsEmpty || input.IsJamoOnly)
            {
                await dc.SendAsync(RecognitionText.Feelings, cancellationToken).ConfigureAwait(false);
                await SendPromptAsync(dc, options, retry: false, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            }

            await SendPromptAsync(dc, options, retry: true, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (options.ReaskKey is { } reask && options.KeepAsWritten && SaysNoAnswer(dc))
        {
            // "ne", "yes" or "two fridays ago" to "who was it?": nothing to keep. Ask once more in other words, then skip.
            if (state.Value<bool>(ReaskedKey))
            {
                await dc.SendAsync(RecognitionText.SkippedNoAnswer, cancellationToken).ConfigureAwait(false);
                return await dc.EndDialogAsync(SkippedAnswer.Instance, cancellationToken).ConfigureAwait(false);
            }

            state[ReaskedKey] = true;
            var reasked = options.PromptKey is null ? dc.Localize(new TextKey(reask)) : dc.Localize(new TextKey(reask)) + "\n\n" + QuestionText(dc, options);
            await dc.SendTextAsync(reasked, cancellationToken, SuggestedActions(dc, options)).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (Fallback(dc, options) is { } fallback)
        {
            await dc.SendAsync(fallback.Message, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(fallback.Result, cancellationToken).ConfigureAwait(false);
        }

        state[MissesKey] = 0;
        var lines = new List<string> { dc.Localize(RecognitionText.StillUnclear) };
        if (options.PromptKey is not null)
        {
            lines.Add(QuestionText(dc, options));
        }

        await dc.SendTextAsync(string.Join("\n\n", lines), cancellationToken, SuggestedActions(dc, options)).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Whether the reply is only a yes or a no, or only a time: no answer to a question that asks neither.</summary>
    private static bool SaysNoAnswer(DialogContext dc) =>
        Recognition.YesNoReading.IsBare(dc.Services.Phrases, dc.Text)
        || Recognition.Dates.DateReader.For(dc.Services.Phrases).Read(dc.Text, dc.Services.Today) is not null;

    private async Task SendPromptAsync(DialogContext dc, PromptOptions options, bool retry, CancellationToken cancellationToken)
    {
        var lines = new List<string>(2);
        if (retry)
        {
            lines.Add(dc.Localize(options.RetryKey is null ? DefaultRetry : new TextKey(options.RetryKey)));
        }

        if (options.PromptKey is not null && (!retry || options.RetryKey is null))
        {
            var question = QuestionText(dc, options);
            if (!lines.Contains(question))
            {
                lines.Add(question);
            }
        }

        await dc.SendTextAsync(string.Join("\n\n", lines), cancellationToken, SuggestedActions(dc, options)).ConfigureAwait(false);
    }

    /// <summary>The question in the survivor's language, with its choices numbered under it when the options ask for that.</summary>
    private static string QuestionText(DialogContext dc, PromptOptions options)
    {
        var args = options.PromptArgs?.Select(a => (a.Key, (object?)a.Value)).ToArray() ?? [];
        var question = dc.Localize(new TextKey(options.PromptKey!), args);
        return options.NumberChoices && options.Choices is { Count: > 0 } choices
            ? question + "\n" + ChoiceButtons.Numbered(dc, choices)
            : question;
    }

    private static PromptOptions ReadOptions(JObject state) => PromptOptions.FromStored(state[OptionsKey]);

    private static (string Name, object? Value)[] ToArgs(IReadOnlyDictionary<string, object?>? args) =>
        args?.Select(a => (a.Key, a.Value)).ToArray() ?? [];
}
