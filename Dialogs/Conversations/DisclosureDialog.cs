using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// A first message, or a message at the main menu, that says in a few words what happened ("I was raped", "a spycam
/// filmed me", "he's suing me for defamation") without telling the story the report could start from. Before, the
/// menu answered "I didn't quite get that" and the words were lost. Now they are heard: thanks and no blame, what they
/// were understood to be about, and the ways on for that: the report (those words its first lines), the law and help
/// for those kinds, a counsellor, or the menu.
/// </summary>
public sealed class DisclosureDialog : WaterfallDialog
{
    public const string DialogId = "disclosure";
    public const string PromptId = "disclosure.choice";

    private const string ReportChoice = "report";
    private const string LegalChoice = "legal";
    private const string CounsellorChoice = "counsellor";
    private const string OtherChoice = "other";

    public DisclosureDialog()
        : base(DialogId, [AskAsync, StartChosenAsync])
    {
    }

    /// <summary>What was said, carried to the dialog (and through the welcome when it was the first message).</summary>
    public sealed record Disclosure(StoryStart Story);

    /// <summary>The ways on; the values are the main menu's where they mean the same, so its own words read them too.</summary>
    public static List<Choice> Choices =>
    [
        new(ReportChoice, DisclosureText.ChoiceReport.Name),
        new(LegalChoice, DisclosureText.ChoiceLegal.Name),
        new(CounsellorChoice, MenuText.Counsellor.Name),
        new(OtherChoice, DisclosureText.ChoiceOther.Name),
    ];

    /// <summary>The answer "the law for this", for a legal request said in other words at the question.</summary>
    public static FoundChoice LegalAnswer => new(LegalChoice, Choices.FindIndex(c => c.Value == LegalChoice));

    /// <summary>The disclosure a waterfall's stored options hold, if they hold one.</summary>
    public static Disclosure? From(JToken? options) =>
        options is JObject json && json.ContainsKey(nameof(Disclosure.Story)) ? json.ToObject<Disclosure>() : null;

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var dc = step.Dialog;
        var story = From(step.Options)?.Story;
        var labels = story is null ? [] : story.NamedKinds().Select(t => dc.Localize(Legal.IncidentTypeLabels.For(t))).ToList();
        var heard = dc.Localize(DisclosureText.Heard);
        if (labels.Count > 0)
        {
            heard += "\n\n" + dc.Localize(DisclosureText.Understood, ("types", string.Join(", ", labels)));
        }

        await dc.SendTextAsync(heard, cancellationToken);
        return await step.PromptAsync(PromptId, new PromptOptions { PromptKey = DisclosureText.Ask.Name, Choices = Choices, AnswerSet = MenuDialog.AnswerSet, SayUnderstood = false }, cancellationToken);
    }

    private static Task<DialogTurnResult> StartChosenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var story = From(step.Options)?.Story ?? new StoryStart(string.Empty, []);
        if (step.Result is StoryStart more)
        {
            // They went on telling what happened instead of choosing: the report, with both messages as its start.
            return step.BeginDialogAsync(ReportDialog.DialogId, StoryReader.For(step.Dialog.Services.Phrases).Join(story, more), cancellationToken);
        }

        return (step.Result as FoundChoice)?.Value switch
        {
            ReportChoice => step.BeginDialogAsync(ReportDialog.DialogId, story, cancellationToken),
            LegalChoice => step.BeginDialogAsync(LegalOptionsDialog.DialogId, new LegalOptionsDialog.Topics(story.NamedKinds()), cancellationToken),
            CounsellorChoice => step.BeginDialogAsync(Handoff.HandoffDialog.DialogId, MenuDialog.Entries.First(e => e.DialogId == Handoff.HandoffDialog.DialogId).DialogOptions, cancellationToken),
            _ => step.EndDialogAsync(null, cancellationToken),
        };
    }
}
