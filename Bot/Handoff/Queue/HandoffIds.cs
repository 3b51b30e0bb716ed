using System.Text.RegularExpressions;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>Handoff ids: random, 32 lowercase hex digits, so an id from a URL can never name another file or blob.</summary>
public static partial class HandoffIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
