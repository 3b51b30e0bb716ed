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
    private const string Ignore = "ignore";
    private readonly (string Phrase, string Kind, bool Korean)[] _phrases;

    public DateTokenizer(IPhraseCatalog phrases)
    {
        _phrases = [.. DatePhrases.All
            .SelectMany(key => phrases.All(key).Select(p => (Phrase: RecognitionInput.Fold(p), Kind: key.Name["date.t.".Length..], Korean: p.Any(Hangul.IsHangul))))
            .Where(p => p.Phrase.Length > 0)
            .OrderByDescending(p => p.Phrase.Length)];
    }

    /// <summary>The tokens, and how many Korean syllables and English words were not understood.</summary>
    public (List<DateToken> Tokens, int UnknownKorean, int UnknownEnglish) Tokenize(string folded)
    {
        var tokens = new List<DateToken>();
        int unknownKorean = 0, unknownEnglish = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c is '~' or '\u223C' or '\u301C' or '\u2013' or '\u2014')
            {
                tokens.Add(new DateToken("until"));
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
                    tokens.Add(new DateToken(unit.Kind));
                    i += unit.Phrase.Length;
                    continue;
                }

                tokens.Add(new DateToken("n", int.Parse(folded.AsSpan(i, digitsEnd - i), System.Globalization.CultureInfo.InvariantCulture)));
                i = digitsEnd;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            var match = Match(folded, i, requireBoundary: true);
            if (match is { } found)
            {
                if (found.Kind != Ignore)
                {
                    tokens.Add(ToToken(found.Kind));
                }

                i += found.Phrase.Length;
                continue;
            }

            if (Hangul.IsHangul(c))
            {
                unknownKorean++;
                i++;
                continue;
            }

            while (i < folded.Length && char.IsLetter(folded[i]))
            {
                i++;
            }

            unknownEnglish++;
        }

        return (tokens, unknownKorean, unknownEnglish);
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

    private static DateToken ToToken(string kind) =>
        kind.StartsWith("number_", StringComparison.Ordinal)
            ? new DateToken("n", int.Parse(kind["number_".Length..], System.Globalization.CultureInfo.InvariantCulture))
            : new DateToken(kind);
}
