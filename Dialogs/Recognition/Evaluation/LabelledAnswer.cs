namespace ReportBot.Dialogs.Recognition.Evaluation;

/// <summary>One line of the answers evaluation set: the language, the question, the choices it means (none: empty), and the answer.</summary>
public sealed record LabelledAnswer(string Language, string Question, IReadOnlyList<string> Expected, string Text)
{
    /// <summary>Reads "question TAB choices TAB text" lines (choices comma-separated, "-" for none); # starts a comment.</summary>
    public static IEnumerable<LabelledAnswer> ReadTsv(string path, string language) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 3))
            .Where(parts => parts.Length == 3)
            .Select(parts => new LabelledAnswer(
                language,
                parts[0].Trim(),
                parts[1].Trim() == "-" ? [] : [.. parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)],
                parts[2]));
}
