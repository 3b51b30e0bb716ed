namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// A copy of a message for the patterns to read, the same length as the message so a match's position is the same in
/// both: full-width letters and digits become ASCII, dash-like marks become "-", a letter O touching a digit becomes 0 (a
/// lower-case L or a capital i touching one becomes 1),
/// and a long run of digits spelt as Hangul syllables (gong-il-gong il-i-sam-sa...) becomes digits. What is replaced is taken from
/// the message itself, so nothing else in it changes.
/// </summary>
internal static class ScanText
{
    private const int MinimumSpeltDigits = 9;
    private const char Joiner = '\uC5D0';
    private const char Copula = '\uC774';
    private const char Yo = '\uC694';
    private const char Ye = '\uC608';
    private const int MinimumSpeltInRun = 3;

    public static string From(string text, IReadOnlyDictionary<char, char> speltDigits)
    {
        var scan = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            scan[i] = Map(text[i]);
        }

        for (var i = 0; i < scan.Length; i++)
        {
            if (scan[i] is 'O' or 'o' && (Digit(scan, i - 1) || Digit(scan, i + 1)))
            {
                scan[i] = '0';
            }
            else if (scan[i] is 'l' or 'I' && (Digit(scan, i - 1) || Digit(scan, i + 1)))
            {
                // A lower-case L or a capital i for a one, the way a number is typed in a hurry ("010 l234 5678").
                scan[i] = '1';
            }
        }

        SpellOutDigits(scan, speltDigits);
        return new string(scan);
    }

    private static bool Digit(char[] scan, int i) => i >= 0 && i < scan.Length && char.IsAsciiDigit(scan[i]);

    private static char Map(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u3161' or '\u30FC' or '~' => '-',
        _ => c,
    };

    // Only a long run counts: a few of these syllables side by side are ordinary words. Digits typed as digits count in a
    // run that has spelt ones too ("gong-il-gong 1234 5678", since the eighth blind batch), but a run needs a few spelt
    // syllables of its own, so a date or an amount beside one Hangul digit stays as it is.
    private static void SpellOutDigits(char[] scan, IReadOnlyDictionary<char, char> speltDigits)
    {
        var start = -1;
        var count = 0;
        var spelt = 0;
        for (var i = 0; i <= scan.Length; i++)
        {
            var c = i < scan.Length ? scan[i] : '\n';
            if (speltDigits.ContainsKey(c) || (start >= 0 && char.IsAsciiDigit(c)))
            {
                start = start < 0 ? i : start;
                count++;
                spelt += char.IsAsciiDigit(c) ? 0 : 1;
                continue;
            }

            // Read aloud, the groups of a phone number are joined by the particle e (gong-il-gong-e chil-chil-pal-pal-e...).
            if (start >= 0 && c is ' ' or '-' or '.' or Joiner)
            {
                continue;
            }

            if (count >= MinimumSpeltDigits && spelt >= MinimumSpeltInRun)
            {
                var end = i;
                while (end > start && !speltDigits.ContainsKey(scan[end - 1]) && !char.IsAsciiDigit(scan[end - 1]))
                {
                    end--;
                }

                // "...gu-gu-gong-gong-i-eyo", "...5678-i-yo": the last i is the copula before -eyo or -yo, not a 2.
                if (scan[end - 1] == Copula && end < scan.Length && scan[end] is Joiner or Yo or Ye)
                {
                    end--;
                }

                for (var j = start; j < end; j++)
                {
                    scan[j] = speltDigits.TryGetValue(scan[j], out var digit) ? digit : scan[j] == Joiner ? '-' : scan[j];
                }
            }

            start = -1;
            count = 0;
            spelt = 0;
        }
    }
}
