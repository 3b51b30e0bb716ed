namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// One line of a report blind set (<see cref="Set"/>: "blind", "blind2"): the language, the question it answers, what it
/// must give, and the words.
/// </summary>
public sealed record BlindLine(string Set, string Language, string Question, string Expected, string Text)
{
    public static IEnumerable<BlindLine> ReadAll(string set) => Read(set, "ko").Concat(Read(set, "en"));

    /// <summary>Reads "question TAB expected TAB text" lines; # starts a comment.</summary>
    public static IEnumerable<BlindLine> Read(string set, string language) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Recognition", $"report.{set}.{language}.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 3))
            .Where(parts => parts.Length == 3)
            .Select(parts => new BlindLine(set, language, parts[0].Trim(), parts[1].Trim(), parts[2]));

    /// <summary>Whether a story line lists every part it tells (the second batch), so a part offered beyond them is wrong.</summary>
    public bool ListsEveryPart => Set != "blind";

    /// <summary>The story line's expectation for one part ("when", "where", "who"), or null.</summary>
    public string? StoryPart(string part) =>
        Expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0] == part)
            .Select(p => p[1])
            .FirstOrDefault();
}
