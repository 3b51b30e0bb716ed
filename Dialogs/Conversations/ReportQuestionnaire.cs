namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The questions this host asks, in order: every <see cref="ReportQuestion"/> registered (the product's
/// <see cref="ReportQuestions.All"/>, and any a host adds after them).
/// </summary>
public sealed class ReportQuestionnaire
{
    public ReportQuestionnaire(IEnumerable<ReportQuestion> questions)
    {
        All = [.. questions];
        if (All.Count == 0)
        {
            throw new InvalidOperationException("The report has no questions.");
        }

        if (All.GroupBy(q => q.Field, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Two report questions fill the field '{twice.Key}'.");
        }
    }

    public IReadOnlyList<ReportQuestion> All { get; }

    public ReportQuestion? Find(string? field) => All.FirstOrDefault(q => q.Field == field);

    /// <summary>The report question a prompt asks, by the text key in its options; null for any other dialog or none.</summary>
    public ReportQuestion? AskedBy(Engine.DialogInstance? prompt) =>
        prompt?.State["options"]?["PromptKey"]?.ToString() is { } key ? All.FirstOrDefault(q => q.Ask.Name == key) : null;

    /// <summary>The active dialog when it is one of the report's choice questions (one choice or several); else null.</summary>
    public Engine.DialogInstance? ChoiceQuestionAt(Engine.DialogContext dc) =>
        dc.ActiveDialog is { } active && dc.Dialogs.Find(active.Id) is Engine.Prompts.ChoicePrompt or Engine.Prompts.MultiChoicePrompt
        && AskedBy(active) is not null
            ? active
            : null;
}
