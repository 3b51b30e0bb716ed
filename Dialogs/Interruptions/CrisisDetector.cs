using System.Text;
using System.Text.RegularExpressions;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Finds crisis wording anywhere in a message. Korean phrases match whatever the spacing (Korean is often
/// typed without the standard spaces); English phrases match as whole words, with or without apostrophes ("I'm not safe", "im not safe").
/// </summary>
public static partial class CrisisDetector
{
    public static bool IsCrisis(string? text, IPhraseCatalog phrases)
    {
        var normalized = TextMatcher.Normalize(text);
        if (normalized.Length == 0)
        {
            return false;
        }

        var compact = Compact(normalized);
        var words = " " + Words(normalized) + " ";
        return phrases.All(CrisisPhrases.SelfHarm).Concat(phrases.All(CrisisPhrases.Danger)).Any(phrase =>
            LanguageExtensions.ContainsHangul(phrase)
                ? Compact(TextMatcher.Normalize(phrase)) is { Length: > 0 } p && compact.Contains(p, StringComparison.Ordinal)
                : Words(TextMatcher.Normalize(phrase)) is { Length: > 0 } w && words.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    /// <summary>Letters and digits only: spacing and punctuation do not matter.</summary>
    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Words separated by single spaces, apostrophes dropped ("i'm" → "im"), other punctuation a space.</summary>
    private static string Words(string text) =>
        NonWord().Replace(text.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
