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
}
