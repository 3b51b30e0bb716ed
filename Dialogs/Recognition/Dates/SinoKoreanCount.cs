namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>
/// A count written in Sino-Korean numerals before the unit it counts: "sam gaewol" (three months), "il-nyeon" (one year),
/// "sip-nyeon" (ten years), "i-ju" (two weeks), "sam-il" (three days), "isibo-il" (twenty-five days). The numerals are
/// also ordinary syllables ("sa" of "company", "i" for "this", "il" for "day" or "work"), so a count is read only when
/// its unit follows at once, or after one space when the unit cannot be anything else (years, months, a week said in
/// full), and never when the "unit" begins a month or a weekday ("sibil-wol" is November, "il-yoil" Sunday): those are
/// left to the date words.
/// </summary>
internal static class SinoKoreanCount
{
    private const string Digits = "\uC77C\uC774\uC0BC\uC0AC\uC624\uC721\uCE60\uD314\uAD6C"; // il i sam sa o yuk chil pal gu: 1 - 9
    private const char Ten = '\uC2ED'; // sip
    private const char Yuk = '\uB959'; // ryuk, 6 after another numeral
    private const char Several = '\uC218'; // su

    /// <summary>Units that stand after one space as well ("il nyeon", "sam gaewol", "i juil").</summary>
    private static readonly string[] SpacedUnits = ["\uB144", "\uAC1C\uC6D4", "\uC8FC\uC77C", "\uC8FC\uAC04"]; // nyeon, gaewol, juil, jugan

    /// <summary>Units that must follow at once: a week (ju) and a day (il).</summary>
    private static readonly string[] JoinedUnits = ["\uC8FC", "\uC77C"];

    /// <summary>Syllables after "ju" or "il" that make them another word: ju-mal (weekend), il-yoil (Sunday), il-wol (January).</summary>
    private const string NotAUnitAfter = "\uB9D0\uC694\uC6D4\uC695"; // mal yo wol yol

    /// <summary>The count at <paramref name="at"/> of the folded text and where it ends, when a unit follows it; otherwise null.</summary>
    public static (int Value, int End)? Read(string folded, int at)
    {
        if (Parse(folded, at) is not { } longest)
        {
            return null;
        }

        if (UnitFollows(folded, longest.End, longest.Value))
        {
            return longest;
        }

        // "sibil jeon" (ten days ago): the last "il" of the numeral is the unit of days.
        if (longest.End - at >= 2 && folded[longest.End - 1] == Digits[0] && folded[longest.End - 2] == Ten
            && UnitFollows(folded, longest.End - 1, longest.Value - 1))
        {
            return (longest.Value - 1, longest.End - 1);
        }

        return null;
    }

    /// <summary>"Su" (several) before a unit ("sunyeon jeon", several years ago; "sugaewol"): where it ends, or null.</summary>
    public static int? SeveralAt(string folded, int at) =>
        at < folded.Length && folded[at] == Several && UnitFollows(folded, at + 1, 0) ? at + 1 : null;

    // [2-9]? sip [1-9]? | [1-9]
    private static (int Value, int End)? Parse(string text, int at)
    {
        var i = at;
        var value = 0;
        if (i < text.Length && Digit(text[i], first: true) is { } tens && i + 1 < text.Length && text[i + 1] == Ten)
        {
            value = tens * 10;
            i += 2;
        }
        else if (i < text.Length && text[i] == Ten)
        {
            value = 10;
            i++;
        }

        if (i < text.Length && Digit(text[i], first: value == 0) is { } ones)
        {
            return (value + ones, i + 1);
        }

        return value > 0 ? (value, i) : null;
    }

    private static int? Digit(char c, bool first) =>
        Digits.IndexOf(c) is var d and >= 0 ? d + 1 : !first && c == Yuk ? 6 : null;

    private static bool UnitFollows(string text, int end, int value)
    {
        var rest = text.AsSpan(end);
        if (JoinedUnitAt(rest) || SpacedUnitAt(rest))
        {
            return true;
        }

        if (rest.Length < 2 || rest[0] != ' ')
        {
            return false;
        }

        // After one space: years, months and a week said in full; a count of weeks or days too ("sam ju", "o il"), except
        // after a lone "i", which is also "this" ("i ju" is this week).
        return SpacedUnitAt(rest[1..]) || (value != 2 && JoinedUnitAt(rest[1..]));
    }

    private static bool JoinedUnitAt(ReadOnlySpan<char> rest)
    {
        foreach (var unit in JoinedUnits)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal) && !(rest.Length > unit.Length && NotAUnitAfter.Contains(rest[unit.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpacedUnitAt(ReadOnlySpan<char> rest)
    {
        foreach (var unit in SpacedUnits)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
