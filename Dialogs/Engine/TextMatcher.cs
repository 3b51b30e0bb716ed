using System.Text;

namespace ReportBot.Dialogs.Engine;

/// <summary>Normalises what people type so that "Yes!", " yes" and "ＹＥＳ" compare equal.</summary>
public static class TextMatcher
{
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
        return normalized.Length > 0 && phrases.Any(p => Normalize(p) == normalized);
    }

    /// <summary>True when the message, normalised, contains one of the phrases anywhere.</summary>
    public static bool ContainsAny(string? text, IEnumerable<string> phrases)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && phrases.Any(p => Normalize(p) is { Length: > 0 } phrase && normalized.Contains(phrase, StringComparison.Ordinal));
    }

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
