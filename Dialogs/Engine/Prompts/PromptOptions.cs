using Newtonsoft.Json.Linq;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt asks. Stored in the prompt's instance state as keys, not rendered text, so that a re-ask after
/// a language switch speaks the new language.
/// </summary>
public sealed record PromptOptions
{
    /// <summary>The question, as a string key.</summary>
    public string? PromptKey { get; init; }

    /// <summary>Values for the question's <c>{name}</c> placeholders.</summary>
    public Dictionary<string, string>? PromptArgs { get; init; }

    /// <summary>The message sent when the answer is not understood; the prompt's default when null.</summary>
    public string? RetryKey { get; init; }

    /// <summary>The choices of a choice prompt, shown as buttons.</summary>
    public List<Choice>? Choices { get; init; }

    /// <summary>
    /// Whether the question is followed by its choices as numbered lines ("1. …"), written in the survivor's language
    /// each time it is asked, so no string lists them by hand.
    /// </summary>
    public bool NumberChoices { get; init; }

    /// <summary>Whether "skip" or "I don't know" (and the Korean phrases of the skip list) is an answer.</summary>
    public bool AllowSkip { get; init; }

    /// <summary>
    /// Whether an answer that cannot be read twice in a row is kept as the survivor wrote it (a <see cref="WrittenAnswer"/>)
    /// so the conversation moves on. Questions whose answer decides what happens next (menus, yes/no) have their own fallback.
    /// </summary>
    public bool KeepAsWritten { get; init; }

    /// <summary>
    /// For a question that asks neither yes or no nor when (who, what kind, where): said once, with the question, when a
    /// reply that cannot be read after the first is only a yes or a no or only a time, instead of keeping it as written;
    /// a further such reply skips the question. Null: such replies are kept as written like any other.
    /// </summary>
    public string? ReaskKey { get; init; }

    /// <summary>
    /// The name under which a choice question's answers in the survivor's own words are kept as data
    /// (answer.&lt;name&gt;.&lt;choice value&gt; in Resources/Phrases/answers.json); null: only numbers and labels.
    /// </summary>
    public string? AnswerSet { get; init; }

    /// <summary>
    /// Whether a choice read from the survivor's own words is said back ("Here's what I understood… you can change it at
    /// the summary"): the report's questions do; the menu does not, because what was chosen starts at once and shows itself.
    /// </summary>
    public bool SayUnderstood { get; init; } = true;

    /// <summary>The choice that means "none of these" (picked when everything the survivor names is negated).</summary>
    public string? NoneChoice { get; init; }

    /// <summary>The longest answer a text prompt takes.</summary>
    public int? MaxLength { get; init; }

    /// <summary>
    /// Options as a prompt stored them. Options stored before <see cref="NumberChoices"/> existed lack it, and then the
    /// texts of the report's choice questions (the prompts with an answer set) and of its "which part?" question
    /// listed their choices themselves; those lists are now numbered here, so such prompts number them.
    /// </summary>
    /// <summary>Where a prompt keeps its options in its dialog state.</summary>
    public const string StateKey = "options";

    /// <summary>The options a prompt on the stack is asking with (what its answer is read against).</summary>
    public static PromptOptions AskedBy(DialogInstance prompt) => FromStored(prompt.State[StateKey]);

    public static PromptOptions FromStored(JToken? stored)
    {
        var options = stored?.ToObject<PromptOptions>(DialogJson.Default) ?? new PromptOptions();
        return stored is JObject json && !json.ContainsKey(nameof(NumberChoices))
            ? options with { NumberChoices = options.AnswerSet is not null || options.PromptKey == ListedChoicesBeforeNumbering }
            : options;
    }

    private const string ListedChoicesBeforeNumbering = "report.correct.ask";
}
