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

    /// <summary>Whether "skip" or "I don't know" (and the Korean phrases of the skip list) is an answer.</summary>
    public bool AllowSkip { get; init; }

    /// <summary>
    /// Whether an answer that cannot be read twice in a row is kept as the survivor wrote it (a <see cref="WrittenAnswer"/>)
    /// so the conversation moves on. Questions whose answer decides what happens next (menus, yes/no) have their own fallback.
    /// </summary>
    public bool KeepAsWritten { get; init; }

    /// <summary>
    /// The name under which a choice question's answers in the survivor's own words are kept as data
    /// (answer.&lt;name&gt;.&lt;choice value&gt; in Resources/Phrases/answers.json); null: only numbers and labels.
    /// </summary>
    public string? AnswerSet { get; init; }

    /// <summary>The choice that means "none of these" (picked when everything the survivor names is negated).</summary>
    public string? NoneChoice { get; init; }

    /// <summary>The longest answer a text prompt takes.</summary>
    public int? MaxLength { get; init; }
}
