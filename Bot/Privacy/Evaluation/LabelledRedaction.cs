using ReportBot.Resources;

namespace ReportBot.Bot.Privacy.Evaluation;

/// <summary>
/// One line of a redaction evaluation set: the message, what kind of personal detail it holds ("none" for a message
/// that must come through unchanged), the identifying parts that must be gone after redaction, and the parts that
/// matter to the report and must survive it (incident dates, statute numbers, hotlines, amounts).
/// </summary>
public sealed record LabelledRedaction(Language Language, string Type, string Text, IReadOnlyList<string> Secrets, IReadOnlyList<string> Keep)
{
    public const string None = "none";

    /// <summary>Reads "language TAB type TAB text TAB secrets TAB keep" lines, lists separated by " || "; # starts a comment.</summary>
    public static IEnumerable<LabelledRedaction> ReadTsv(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length >= 3)
            .Select(parts => new LabelledRedaction(
                parts[0].Trim() == "ko" ? Language.Korean : Language.English,
                parts[1].Trim(),
                parts[2],
                List(parts, 3),
                List(parts, 4)));

    private static string[] List(string[] parts, int index) =>
        index < parts.Length
            ? [.. parts[index].Split("||", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : [];
}
