using System.Buffers;
using System.Text.RegularExpressions;
using ReportBot.Resources;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// One kind of personal detail: the pattern that finds it (read on the <see cref="ScanText"/> copy), the marker that
/// replaces it, and an optional check of the match. When the pattern has a group named "x", only that group is
/// replaced, so the word that announced the detail ("passport", "manager") stays readable. A rule that needs a digit is
/// skipped for text without one (most chat lines), and a rule with <paramref name="Needs"/> for text lacking a word of
/// each of its lists (a given name; a dong and a verb of living), which keeps the redactor cheap.
/// </summary>
internal sealed record RedactionRule(Regex Pattern, TextKey Marker, Func<Match, bool>? Accept = null, bool NeedsDigit = true, SearchValues<string>[]? Needs = null)
{
    /// <summary>False when the text cannot hold what the rule looks for, so its pattern need not run.</summary>
    /// <param name="scan">The text the patterns read.</param>
    /// <param name="hasDigit">The text holds a digit.</param>
    /// <param name="hasWord">The text holds one of the words any rule needs (one search for all of them).</param>
    public bool MayMatch(string scan, bool hasDigit, bool hasWord) =>
        (hasDigit || !NeedsDigit) && (Needs is null || (hasWord && ContainsAll(scan, Needs)));

    // Each group's words (one of them must be in the text), without a closure per call: this runs for every rule on
    // every transcript line.
    private static bool ContainsAll(string scan, SearchValues<string>[] needs)
    {
        foreach (var words in needs)
        {
            if (!scan.AsSpan().ContainsAny(words))
            {
                return false;
            }
        }

        return true;
    }
}
