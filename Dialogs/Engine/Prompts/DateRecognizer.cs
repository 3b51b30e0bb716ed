using System.Globalization;
using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads a calendar date from what a person types in Korean or English. Relative words ("today", "yesterday") and the
/// Korean unit words (year, month, day, "days ago") come from the phrase lists. A day and month without a year means the
/// most recent such day, since survivors tell of the past.
/// </summary>
public static partial class DateRecognizer
{
    private static readonly string[] EnglishMonths = CultureInfo.GetCultureInfo("en-US").DateTimeFormat.MonthNames
        .Where(m => m.Length > 0).Select(m => m.ToLowerInvariant()).ToArray();

    public static DateOnly? Recognize(string? text, DateOnly today, IPhraseCatalog phrases)
    {
        var normalized = TextMatcher.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (TextMatcher.Matches(normalized, phrases.All(CommonPhrases.Today)))
        {
            return today;
        }

        if (TextMatcher.Matches(normalized, phrases.All(CommonPhrases.Yesterday)))
        {
            return today.AddDays(-1);
        }

        if (TextMatcher.Matches(normalized, phrases.All(CommonPhrases.DayBeforeYesterday)))
        {
            return today.AddDays(-2);
        }

        var tokens = Tokenize(normalized, phrases);
        return DaysAgo(tokens, today) ?? Numeric(tokens) ?? Marked(tokens, today) ?? English(tokens, today);
    }

    /// <summary>Rewrites the language's unit words as neutral tokens: 2026 (year) 3 (month) 5 (day) → "2026 y 3 m 5 d".</summary>
    private static string Tokenize(string text, IPhraseCatalog phrases)
    {
        foreach (var ago in phrases.All(CommonPhrases.DaysAgo).OrderByDescending(p => p.Length))
        {
            text = text.Replace(TextMatcher.Normalize(ago), " ago ", StringComparison.Ordinal);
        }

        text = ReplaceUnit(text, phrases.All(CommonPhrases.YearUnit), " y ");
        text = ReplaceUnit(text, phrases.All(CommonPhrases.MonthUnit), " m ");
        text = ReplaceUnit(text, phrases.All(CommonPhrases.DayUnit), " d ");
        return Spaces().Replace(text.Replace(",", " ", StringComparison.Ordinal), " ").Trim();
    }

    private static string ReplaceUnit(string text, IEnumerable<string> units, string token)
    {
        foreach (var unit in units)
        {
            // Only a unit written right after a number (with or without a space), not the same syllable inside a word.
            text = Regex.Replace(text, @"(\d)\s*" + Regex.Escape(TextMatcher.Normalize(unit)), "$1" + token);
        }

        return text;
    }

    private static DateOnly? DaysAgo(string tokens, DateOnly today)
    {
        var match = DaysAgoPattern().Match(tokens);
        return match.Success && int.TryParse(match.Groups[1].Value, out var days) && days <= 3650 ? today.AddDays(-days) : null;
    }

    private static DateOnly? Numeric(string tokens)
    {
        var match = IsoPattern().Match(tokens);
        return match.Success ? Make(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value) : null;
    }

    private static DateOnly? Marked(string tokens, DateOnly today)
    {
        var full = MarkedFullPattern().Match(tokens);
        if (full.Success)
        {
            return Make(full.Groups[1].Value, full.Groups[2].Value, full.Groups[3].Value);
        }

        var partial = MarkedPartialPattern().Match(tokens);
        return partial.Success ? MostRecent(today, partial.Groups[1].Value, partial.Groups[2].Value) : null;
    }

    private static DateOnly? English(string tokens, DateOnly today)
    {
        var dayFirst = DayMonthPattern().Match(tokens);
        var monthFirst = MonthDayPattern().Match(tokens);
        string day, monthName, year;
        if (dayFirst.Success)
        {
            (day, monthName, year) = (dayFirst.Groups["day"].Value, dayFirst.Groups["month"].Value, dayFirst.Groups["year"].Value);
        }
        else if (monthFirst.Success)
        {
            (day, monthName, year) = (monthFirst.Groups["day"].Value, monthFirst.Groups["month"].Value, monthFirst.Groups["year"].Value);
        }
        else
        {
            return null;
        }

        var month = MonthNumber(monthName);
        if (month is null)
        {
            return null;
        }

        return year.Length > 0
            ? Make(year, month.Value.ToString(CultureInfo.InvariantCulture), day)
            : MostRecent(today, month.Value.ToString(CultureInfo.InvariantCulture), day);
    }

    private static int? MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < EnglishMonths.Length; i++)
        {
            if (EnglishMonths[i].StartsWith(name, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static DateOnly? MostRecent(DateOnly today, string month, string day)
    {
        var thisYear = Make(today.Year.ToString(CultureInfo.InvariantCulture), month, day);
        if (thisYear is null)
        {
            // 29 February: the most recent leap year's.
            for (var year = today.Year - 1; year >= today.Year - 8; year--)
            {
                var earlier = Make(year.ToString(CultureInfo.InvariantCulture), month, day);
                if (earlier is not null && earlier <= today)
                {
                    return earlier;
                }
            }

            return null;
        }

        return thisYear <= today ? thisYear : Make((today.Year - 1).ToString(CultureInfo.InvariantCulture), month, day);
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d))
        {
            return null;
        }

        if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }

    [GeneratedRegex(@"^(\d{1,4}) ago$")]
    private static partial Regex DaysAgoPattern();

    [GeneratedRegex(@"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(\d{4}) y (\d{1,2}) m (\d{1,2}) d$")]
    private static partial Regex MarkedFullPattern();

    [GeneratedRegex(@"^(\d{1,2}) m (\d{1,2}) d$")]
    private static partial Regex MarkedPartialPattern();

    [GeneratedRegex(@"^(?:the )?(?<day>\d{1,2})(?:st|nd|rd|th)?(?: of)? (?<month>[a-z]{3,9})\.?(?: (?<year>\d{4}))?$")]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"^(?<month>[a-z]{3,9})\.? (?<day>\d{1,2})(?:st|nd|rd|th)?(?: (?<year>\d{4}))?$")]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
