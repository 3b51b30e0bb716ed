using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Bot.Channels.Text;

/// <summary>
/// Splits text into pieces that fit one message of a channel (a Kakao <c>simpleText</c>, a Telegram or Messenger
/// message...). Cuts at a paragraph, a line, a sentence or a space when it can; never inside a grapheme (a Hangul
/// syllable, a surrogate pair, an emoji sequence), between two digits, or inside a phone number, so "1366" or
/// "02-1234-5678" always arrives whole. Nothing but whitespace at a cut is lost.
/// </summary>
public static partial class MessageTextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 20);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxChars)
        {
            var cut = FindCut(rest, maxChars);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>Shortens a label to at most <paramref name="maxChars"/> characters (graphemes), ending with "…" when cut.</summary>
    public static string Shorten(string label, int maxChars)
    {
        var trimmed = label.Trim();
        var info = new StringInfo(trimmed);
        if (info.LengthInTextElements <= maxChars)
        {
            return trimmed;
        }

        return info.SubstringByTextElements(0, maxChars - 1).TrimEnd() + "\u2026";
    }

    // The best place to cut `text` so that the first part has at most `max` UTF-16 units.
    private static int FindCut(string text, int max)
    {
        var allowed = AllowedCuts(text, max);
        var floor = max / 2;
        int? Last(Func<int, bool> good)
        {
            for (var i = allowed.Count - 1; i >= 0 && allowed[i] >= floor; i--)
            {
                if (good(allowed[i]))
                {
                    return allowed[i];
                }
            }

            return null;
        }

        return Last(i => text[i - 1] == '\n' && i >= 2 && text[i - 2] == '\n')
            ?? Last(i => text[i - 1] == '\n')
            ?? Last(i => char.IsWhiteSpace(text[i]) && IsSentenceEnd(text[i - 1]))
            ?? Last(i => char.IsWhiteSpace(text[i]) || char.IsWhiteSpace(text[i - 1]))
            ?? (allowed.Count > 0 ? allowed[^1] : HardCut(text, max));
    }

    // Every grapheme boundary in (0, max] that is not between two digits and not inside a phone number.
    private static List<int> AllowedCuts(string text, int max)
    {
        var protectedSpans = PhoneNumber().Matches(text[..Math.Min(text.Length, max + 32)])
            .Select(m => (Start: m.Index, End: m.Index + m.Length))
            .ToList();
        var cuts = new List<int>();
        var position = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            position = enumerator.ElementIndex + enumerator.GetTextElement().Length;
            if (position > max || position >= text.Length)
            {
                break;
            }

            if (char.IsAsciiDigit(text[position - 1]) && char.IsAsciiDigit(text[position]))
            {
                continue;
            }

            if (protectedSpans.Any(s => position > s.Start && position < s.End))
            {
                continue;
            }

            cuts.Add(position);
        }

        return cuts;
    }

    // Only for a text with no allowed cut at all (one enormous number): cut at the last grapheme boundary.
    private static int HardCut(string text, int max)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        var cut = boundaries.LastOrDefault(b => b > 0 && b <= max);
        return cut > 0 ? cut : Math.Min(max, text.Length);
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '?' or '!' or '\u3002' or '\u2026' or ')' or '"';

    // Phone numbers as written in Korea and abroad: 010-1234-5678, 02 123 4567, +82 10-1234-5678, (02) 123-4567.
    [GeneratedRegex(@"\+?\(?\d{1,4}\)?(?:[ .\-]\d{2,4}){1,3}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
