using System.Runtime.CompilerServices;
using System.Text;

namespace ReportBot.Dialogs.Engine;

/// <summary>Normalises what people type so that "Yes!", " yes" and "ＹＥＳ" compare equal.</summary>
public static class TextMatcher
{
    // Normalised forms of phrase lists, computed once per list instance (the catalogs hand out the same instances).
    private static readonly ConditionalWeakTable<IEnumerable<string>, string[]> NormalizedLists = new();

    private static readonly char[] TrailingPunctuation = ['.', '!', '?', '~', '…', '。', '！', '？', ',', ';', ':', '"', '\'', ')', '('];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        normalized = normalized.TrimEnd(TrailingPunctuation).TrimStart(TrailingPunctuation).Trim();
        return CollapseSpaces(normalized);
    }

    /// <summary>True when the whole message, normalised, is one of the phrases.</summary>
    public static bool Matches(string? text, IEnumerable<string> phrases)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && Array.IndexOf(NormalizedOf(phrases), normalized) >= 0;
    }

    /// <summary>True when the message, normalised, contains one of the phrases anywhere.</summary>
    public static bool ContainsAny(string? text, IEnumerable<string> phrases)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && NormalizedOf(phrases).Any(phrase => phrase.Length > 0 && normalized.Contains(phrase, StringComparison.Ordinal));
    }

    private static string[] NormalizedOf(IEnumerable<string> phrases) =>
        NormalizedLists.GetValue(phrases, list => list.Select(Normalize).ToArray());

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !lastWasSpace)
            {
                builder.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
