using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>
/// Turns a "when" answer into <see cref="DateToken"/>s using the token lists of Resources/Phrases/dates.json, longest
/// phrase first. Korean phrases match inside words (particles and endings around them are skipped); English phrases
/// match whole words. Counts what it could not read, so a sentence that is not about time is not mistaken for a date.
/// </summary>
public sealed class DateTokenizer
{
    /// <summary>The kind of words matched only to be skipped (particles, "it was", "in").</summary>
    public const string Ignore = "ignore";
    private readonly (string Phrase, string Kind, bool Korean)[] _phrases;
    private readonly HashSet<string> _ones;

    /// <summary>"se": three, or an age after a number.</summary>
    private const string Three = "\uC138";

    public DateTokenizer(IPhraseCatalog phrases)
    {
        _phrases = [.. DatePhrases.All
            .SelectMany(key => phrases.All(key).Select(p => (Phrase: RecognitionInput.Fold(p), Kind: key.Name["date.t.".Length..], Korean: p.Any(Hangul.IsHangul))))
            .Where(p => p.Phrase.Length > 0)
            .OrderByDescending(p => p.Phrase.Length)];
        _ones = new HashSet<string>(phrases.All(DatePhrases.Number1).Select(RecognitionInput.Fold), StringComparer.Ordinal);
    }

    /// <summary>Whether a word matched as a filler ("a", "an") is also a count of one ("a month ago").</summary>
    public bool CountsOne(string word) => _ones.Contains(word);

    /// <summary>The tokens, and how many Korean syllables and English words were not understood.</summary>
    public (List<DateToken> Tokens, int UnknownKorean, int UnknownEnglish) Tokenize(string folded)
    {
        var tokens = new List<DateToken>();
        int unknownKorean = 0, unknownEnglish = 0;
        foreach (var span in Spans(folded))
        {
            switch (span.Token.Kind)
            {
                case DateSpan.Unknown when span.Korean:
                    unknownKorean++;
                    break;
                case DateSpan.Unknown:
                    unknownEnglish++;
                    break;
                case Ignore:
                    break;
                default:
                    // An English unit in the plural with no count before it ("years ago", "it went on for months") is a
                    // few of them; "a year ago" (the article, ignored) stays one.
                    if (!span.Korean && span.Token.Kind is "day" or "week" or "month" or "year" && folded[span.End - 1] == 's'
                        && (tokens.Count == 0 || tokens[^1].Kind is not ("n" or "few")))
                    {
                        tokens.Add(new DateToken("few"));
                    }

                    tokens.Add(span.Token);
                    break;
            }
        }

        return (tokens, unknownKorean, unknownEnglish);
    }

    /// <summary>
    /// Every token with where it stands in <paramref name="folded"/>, words matched only to be ignored ("ignore") and
    /// what could not be read (<see cref="DateSpan.Unknown"/>: one Hangul syllable or one English word each), in order.
    /// </summary>
    public List<DateSpan> Spans(string folded)
    {
        var spans = new List<DateSpan>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c is '~' or '\u223C' or '\u301C' or '\u2013' or '\u2014')
            {
                spans.Add(new DateSpan(new DateToken("until"), i, i + 1, false));
                i++;
                continue;
            }

            if (char.IsDigit(c))
            {
                var end = i;
                while (end < folded.Length && char.IsDigit(folded[end]) && end - i < 5)
                {
                    end++;
                }

                var digitsEnd = end;
                var matchedKorean = Match(folded, i, requireBoundary: false);
                if (matchedKorean is { } unit && unit.Phrase.Length > digitsEnd - i && unit.Korean)
                {
                    // A Korean month written with its digits ("12" + month) is one token.
                    spans.Add(new DateSpan(new DateToken(unit.Kind), i, i + unit.Phrase.Length, true));
                    i += unit.Phrase.Length;
                    continue;
                }

                spans.Add(new DateSpan(new DateToken("n", int.Parse(folded.AsSpan(i, digitsEnd - i), System.Globalization.CultureInfo.InvariantCulture)), i, digitsEnd, false));
                i = digitsEnd;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            // A Sino-Korean count before its unit ("sam-gaewol", "il-nyeon", "sip-il"): read as the digits would be, unless a
            // longer date word starts here ("iljuil", a week; "isam", two or three).
            var match = Match(folded, i, requireBoundary: true);
            if (Hangul.IsHangul(c) && SinoKoreanCount.Read(folded, i) is { } count && count.End - i >= (match?.Phrase.Length ?? 0))
            {
                spans.Add(new DateSpan(new DateToken("n", count.Value), i, count.End, false));
                i = count.End;
                continue;
            }

            // "su" before a unit is several ("sunyeon jeon"), as "myeot" is; "suil" stays the word it is.
            if (Hangul.IsHangul(c) && SinoKoreanCount.SeveralAt(folded, i) is { } several && several - i >= (match?.Phrase.Length ?? 0))
            {
                spans.Add(new DateSpan(new DateToken("few"), i, several, false));
                i = several;
                continue;
            }

            if (match is { } found)
            {
                // "se" is an age after a number ("15se") and three anywhere else ("se dal jeon", three months ago).
                if (found.Kind == "age" && found.Korean && found.Phrase == Three && (spans.Count == 0 || spans[^1].Token.Kind != "n"))
                {
                    spans.Add(new DateSpan(new DateToken("n", 3), i, i + 1, true));
                    i++;
                    continue;
                }

                spans.Add(new DateSpan(found.Kind == Ignore ? new DateToken(Ignore) : ToToken(found.Kind), i, i + found.Phrase.Length, found.Korean));
                i += found.Phrase.Length;
                continue;
            }

            if (Hangul.IsHangul(c))
            {
                spans.Add(new DateSpan(new DateToken(DateSpan.Unknown), i, i + 1, true));
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && char.IsLetter(folded[i]))
            {
                i++;
            }

            spans.Add(new DateSpan(new DateToken(DateSpan.Unknown), start, i, false));
        }

        return spans;
    }

    private (string Phrase, string Kind, bool Korean)? Match(string text, int at, bool requireBoundary)
    {
        foreach (var candidate in _phrases)
        {
            if (!text.AsSpan(at).StartsWith(candidate.Phrase, StringComparison.Ordinal))
            {
                continue;
            }

            if (!candidate.Korean && requireBoundary)
            {
                var end = at + candidate.Phrase.Length;
                var before = at == 0 || !char.IsLetter(text[at - 1]) || char.IsDigit(text[at - 1]);
                var after = end >= text.Length || !char.IsLetter(text[end]);
                if (!before || !after)
                {
                    continue;
                }
            }

            return candidate;
        }

        return null;
    }

    private static DateToken ToToken(string kind)
    {
        if (kind.StartsWith("number_", StringComparison.Ordinal))
        {
            return new DateToken("n", int.Parse(kind["number_".Length..], System.Globalization.CultureInfo.InvariantCulture));
        }

        // "range_2_3": a count said as a range ("a couple of", "two or three").
        var parts = kind.Split('_');
        return parts is ["range", var low, var high]
            ? new DateToken("n", int.Parse(low, System.Globalization.CultureInfo.InvariantCulture), int.Parse(high, System.Globalization.CultureInfo.InvariantCulture))
            : new DateToken(kind);
    }
}
