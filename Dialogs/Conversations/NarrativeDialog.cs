using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Takes a story told in as many messages as the survivor needs, until they say "done" (in either language). Ends with
/// the messages as a <c>List&lt;string&gt;</c>, or <see cref="SkippedAnswer"/> when they skip before writing anything.
/// </summary>
public sealed class NarrativeDialog : Dialog
{
    public const string DialogId = "report.narrative";

    /// <summary>
    /// Set in turn state by an interruption that has just asked the survivor something about this very message (the
    /// crisis check-in): the words are kept as part of the story, but the "got it, keep going" note and its "done"
    /// button are not sent, so the question's own buttons stay the last ones on screen.
    /// </summary>
    public const string KeepQuietlyKey = "ReportBot.Narrative.KeepQuietly";
    private const string OptionsKey = "options";
    private const string PartsKey = "parts";

    /// <summary>True when the stack holds a story being told.</summary>
    public static bool IsOnStack(IEnumerable<DialogInstance> stack) => stack.Any(d => d.Id == DialogId);

    public NarrativeDialog()
        : base(DialogId)
    {
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var prompt = options as PromptOptions ?? throw new ArgumentException("The narrative dialog needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JObject.FromObject(prompt);
        state[PartsKey] = new JArray();
        await AskAsync(dc, prompt, [], cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var state = dc.ActiveDialog!.State;
        var parts = Parts(state);
        var text = dc.Text.Trim();
        var phrases = dc.Services.Phrases;
        // "No" alone answers "is there more?": done. Before anything was told it answers "would you tell me?", where only
        // a plain no is a no: "I'm okay" to "if you feel able to, tell me" can as well mean they can.
        var no = TextMatcher.Matches(text, phrases.All(CommonPhrases.No));
        var okayFirst = parts.Count == 0 && TextMatcher.Matches(text, phrases.All(ReportPhrases.NarrativeOkay));
        if (SaysDone(text, phrases) || TextMatcher.Matches(text, phrases.All(CommonPhrases.Skip)) || (no && !okayFirst))
        {
            return await dc.EndDialogAsync(parts.Count > 0 ? parts : SkippedAnswer.Instance, cancellationToken);
        }

        if (text.Length == 0)
        {
            await RepromptAsync(dc, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        // A bare yes ("ok", "yes", in either language) answers "is there more?" (or "would you tell me?", as an okay does
        // there): it is not part of the story, so it is not kept, and the survivor is told to go on.
        if (okayFirst || TextMatcher.Matches(text, phrases.All(CommonPhrases.Yes)))
        {
            await AskAsync(dc, ReportText.NarrativeGoOn, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        if (text.Length > IncidentReport.MaxNarrativePartChars)
        {
            await dc.SendAsync(CommonText.AnswerTooLong, cancellationToken, ("limit", IncidentReport.MaxNarrativePartChars));
            await RepromptAsync(dc, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        parts.Add(text);
        state[PartsKey] = JArray.FromObject(parts);
        if (parts.Sum(p => p.Length) >= IncidentReport.MaxNarrativeChars - IncidentReport.MaxNarrativePartChars)
        {
            await dc.SendAsync(ReportText.NarrativeFull, cancellationToken);
            return await dc.EndDialogAsync(parts, cancellationToken);
        }

        if (dc.Context.TurnState.Get<object>(KeepQuietlyKey) is not true)
        {
            // A question asked while telling it ("can he sue me for defamation?", "will the police be told?") is answered,
            // and a doubt ("idk if i should even be doing this") met, before "keep going": the words stay part of the story.
            if ((StoryQuestions.Answer(phrases, text) ?? StoryQuestions.Reassurance(phrases, text)) is { } answer)
            {
                await dc.SendAsync(answer, cancellationToken);
            }

            await AskAsync(dc, Options(state), parts, cancellationToken);
        }

        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// A dialog begun on top of the story (a counsellor request, the legal options) has ended: its result is not
    /// part of the story, so ask again and keep collecting where the survivor left off.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        return AskAsync(dc, Options(state), Parts(state), cancellationToken);
    }

    private static Task AskAsync(DialogContext dc, PromptOptions options, List<string> parts, CancellationToken cancellationToken) =>
        AskAsync(dc, parts.Count == 0 && options.PromptKey is not null ? new TextKey(options.PromptKey) : ReportText.NarrativeMore, cancellationToken);

    private static Task AskAsync(DialogContext dc, TextKey prompt, CancellationToken cancellationToken)
    {
        var done = dc.Localize(ReportText.NarrativeDoneButton);
        var buttons = new List<CardAction> { new(ActionTypes.ImBack, title: done, value: done) };
        return dc.SendTextAsync(dc.Localize(prompt), cancellationToken, buttons);
    }

    private static List<string> Parts(JObject state) => state[PartsKey]?.ToObject<List<string>>() ?? [];

    private static PromptOptions Options(JObject state) => state[OptionsKey]?.ToObject<PromptOptions>() ?? new PromptOptions();

    // The fillers in words, made once per list instance (the catalogs hand out the same instances).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, string[][]> DoneFillers = new();

    /// <summary>How long a message that ends the story with words around it can be ("no i think that's everything for now").</summary>
    private const int MostDoneWords = 10;

    /// <summary>
    /// "That's all", said alone or with words around it ("no that's it", "ne geuge dayeyo", "i think that's everything for
    /// now"): the fillers are taken off the start and the end of a short message, and what is left must be a way of saying done.
    /// </summary>
    public static bool SaysDone(string text, IPhraseCatalog phrases)
    {
        var done = phrases.All(ReportPhrases.Done);
        if (TextMatcher.Matches(text, done))
        {
            return true;
        }

        var words = TextMatcher.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '!', '~', '?')).Where(w => w.Length > 0).ToList();
        if (words.Count < 2 || words.Count > MostDoneWords)
        {
            return false;
        }

        var fillers = DoneFillers.GetValue(phrases.All(ReportPhrases.DoneFillers), static list => [.. list.Select(f => TextMatcher.Normalize(f).Split(' '))]);
        var (start, end) = (0, words.Count);
        for (var moved = true; moved && end - start > 1;)
        {
            moved = false;
            foreach (var filler in fillers)
            {
                if (filler.Length < end - start && words.Skip(start).Take(filler.Length).SequenceEqual(filler, StringComparer.Ordinal))
                {
                    start += filler.Length;
                    moved = true;
                    break;
                }

                if (filler.Length < end - start && words.Skip(end - filler.Length).Take(filler.Length).SequenceEqual(filler, StringComparer.Ordinal))
                {
                    end -= filler.Length;
                    moved = true;
                    break;
                }
            }
        }

        return (start > 0 || end < words.Count) && TextMatcher.Matches(string.Join(' ', words.Skip(start).Take(end - start)), done);
    }
}
