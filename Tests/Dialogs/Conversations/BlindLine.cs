namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>One line of the report blind set: the language, the question it answers, what it must give, and the words.</summary>
public sealed record BlindLine(string Language, string Question, string Expected, string Text)
{
    public static IEnumerable<BlindLine> ReadAll() => Read("ko").Concat(Read("en"));

    /// <summary>Reads "question TAB expected TAB text" lines; # starts a comment.</summary>
    public static IEnumerable<BlindLine> Read(string language) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Recognition", $"report.blind.{language}.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 3))
            .Where(parts => parts.Length == 3)
            .Select(parts => new BlindLine(language, parts[0].Trim(), parts[1].Trim(), parts[2]));

    /// <summary>The story line's expectation for one part ("when", "where", "who"), or null.</summary>
    public string? StoryPart(string part) =>
        Expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0] == part)
            .Select(p => p[1])
            .FirstOrDefault();
}
