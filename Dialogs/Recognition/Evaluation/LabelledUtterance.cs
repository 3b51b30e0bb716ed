namespace ReportBot.Dialogs.Recognition.Evaluation;

/// <summary>One line of the evaluation set: the language, what the message means, and the message.</summary>
public sealed record LabelledUtterance(string Language, string Label, string Text)
{
    /// <summary>Reads "label TAB text" lines; lines starting with # are comments.</summary>
    public static IEnumerable<LabelledUtterance> ReadTsv(string path, string language) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => new LabelledUtterance(language, parts[0].Trim(), parts[1]));
}
