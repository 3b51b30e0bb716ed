using FluentValidation.Results;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations.Questions;

/// <summary>
/// Pick one or several options, numbered under the question and shown as buttons. Besides numbers and labels the
/// prompt reads the survivor's own words through the answer set named after the question's field
/// (answer.&lt;field&gt;.&lt;value&gt; in Resources/Phrases/answers.json). The answer is the list of picked values.
/// </summary>
/// <param name="Choices">The options, in the order they are numbered.</param>
/// <param name="Many">Whether several can be picked ("1, 3").</param>
/// <param name="None">The value that means "none of these": it cannot go with others, and a negated answer picks it.</param>
public sealed record ChoiceAnswer(IReadOnlyList<ReportChoice> Choices, bool Many, string? None = null) : AnswerFormat
{
    /// <summary>The prompt all one-choice questions share (its id is in conversations already in progress).</summary>
    public const string OnePromptId = "report.choice";

    public static ChoiceAnswer One(params ReportChoice[] choices) => new(choices, Many: false);

    public static ChoiceAnswer AnyOf(params ReportChoice[] choices) => new(choices, Many: true);

    /// <summary>One of an enum's values, kept by name.</summary>
    public static ChoiceAnswer One<T>(IReadOnlyList<(T Value, TextKey Label)> options)
        where T : struct, Enum => new(From(options), Many: false);

    /// <summary>Any of an enum's values, kept by name; <paramref name="none"/> means "none of these".</summary>
    public static ChoiceAnswer AnyOf<T>(IReadOnlyList<(T Value, TextKey Label)> options, T? none = null)
        where T : struct, Enum => new(From(options), Many: true, none?.ToString());

    public override string PromptId(string field) => Many ? base.PromptId(field) : OnePromptId;

    public override Dialog? CreatePrompt(string promptId, Func<DateOnly> today) =>
        Many ? new MultiChoicePrompt(promptId, new ExclusiveChoiceValidator([.. Choices.Select(c => c.Value)], None)) : null;

    public override PromptOptions Options(string field, TextKey ask, TextKey? retry) =>
        base.Options(field, ask, retry) with
        {
            Choices = [.. Choices.Select(c => new Choice(c.Value, c.Label.Name))],
            NumberChoices = true,
            AnswerSet = field,
            NoneChoice = None,
        };

    public override object? Read(object result) => result switch
    {
        IReadOnlyList<FoundChoice> found => found.Select(f => f.Value).Distinct().ToList(),
        FoundChoice found => new List<string> { found.Value },
        _ => null,
    };

    public override object? FromJson(JToken json) => json.ToObject<List<string>>();

    public override IEnumerable<ValidationFailure> Check(object answer, Func<DateOnly> today)
    {
        var values = (IReadOnlyList<string>)answer;
        var found = values.Select((value, i) => new FoundChoice(value, i)).ToList();
        var failures = new ExclusiveChoiceValidator([.. Choices.Select(c => c.Value)], None).Validate(found).Errors;
        return Many || values.Count <= 1 ? failures : [.. failures, new ValidationFailure(string.Empty, ValidationMessages.NotInList)];
    }

    public override string Describe(object answer, ITextCatalog texts, Language language) =>
        string.Join(", ", ((IEnumerable<string>)answer).Select(v => Choices.FirstOrDefault(c => c.Value == v) is { } choice ? texts.Get(choice.Label, language) : v));

    private static ReportChoice[] From<T>(IReadOnlyList<(T Value, TextKey Label)> options)
        where T : struct, Enum => [.. options.Select(o => new ReportChoice(o.Value.ToString(), o.Label))];
}
