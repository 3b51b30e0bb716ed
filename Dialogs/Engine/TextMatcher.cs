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

    // The same lists in the recogniser's form (Korean letters without spaces, stemmed English words).
    private static readonly ConditionalWeakTable<IEnumerable<string>, HashSet<string>> KeyedLists = new();

    // A message's normalised and keyed forms, made once per string instance (an entry lives as long as the string).
    private static readonly ConditionalWeakTable<string, Form> Forms = new();

    /// <summary>
    /// True when the whole message is one of the phrases: after normalising, or written with other spacing, full-width
    /// letters or an apostrophe left out (a Korean "no" typed with a space inside, "dont").
    /// </summary>
    public static bool Matches(string? text, IEnumerable<string> phrases)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // A turn asks this of one message against many lists (next, stop, other topics, ask, yes, no, skip...).
        var form = Forms.GetValue(text, static t => new Form(Normalize(t)));
        if (form.Normalized.Length == 0)
        {
            return false;
        }

        if (Array.IndexOf(NormalizedOf(phrases), form.Normalized) >= 0)
        {
            return true;
        }

        var keys = KeyedLists.GetValue(phrases, list => list.Select(p => Recognition.CompiledIntent.Key(Recognition.RecognitionInput.From(p))).ToHashSet(StringComparer.Ordinal));
        return keys.Contains(form.Key);
    }

    /// <summary>True when the message, normalised, contains one of the phrases anywhere.</summary>
    public static bool ContainsAny(string? text, IEnumerable<string> phrases)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && NormalizedOf(phrases).Any(phrase => phrase.Length > 0 && normalized.Contains(phrase, StringComparison.Ordinal));
    }

    private static string[] NormalizedOf(IEnumerable<string> phrases) =>
        NormalizedLists.GetValue(phrases, list => list.Select(Normalize).ToArray());

    private sealed class Form(string normalized)
    {
        private string? _key;

        public string Normalized { get; } = normalized;

        public string Key => _key ??= Recognition.CompiledIntent.Key(Recognition.RecognitionInput.From(Normalized));
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
