namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>Months, days of a month, parts of a month and seasons, in a given year or the most recent past one.</summary>
internal static class CalendarParts
{
    /// <summary>Early (1-10), mid (11-20) or late (21-end) of the month starting at <paramref name="first"/>; the whole month without a part.</summary>
    public static DateReading? PartOfMonth(DateOnly first, List<DateToken> tokens)
    {
        var last = first.AddMonths(1).AddDays(-1);
        var part = tokens.FirstOrDefault(t => t.Kind is "early" or "mid" or "late").Kind;
        return part switch
        {
            "early" => DateReading.Span(first, first.AddDays(9), true),
            "mid" => DateReading.Span(first.AddDays(10), first.AddDays(19), true),
            "late" => DateReading.Span(first.AddDays(20), last, true),
            _ => DateReading.Span(first, last, true),
        };
    }

    /// <summary>A month (with a day or a part) or a season, of <paramref name="year"/> or, without one, the most recent past.</summary>
    public static DateReading? MonthOrSeason(List<DateToken> tokens, DateOnly today, int? year)
    {
        var monthToken = tokens.FirstOrDefault(t => DateReader.MonthOf(t) > 0);
        if (monthToken.Kind is not null)
        {
            var month = DateReader.MonthOf(monthToken);
            var day = tokens.FirstOrDefault(t => t.Kind == "n" && t.Value is >= 1 and <= 31);
            if (day.Kind is null && DateReader.DayOf(monthToken) is var holiday and > 0)
            {
                day = new DateToken("n", holiday);
            }

            var resolvedYear = year ?? (new DateOnly(today.Year, month, 1) <= today ? today.Year : today.Year - 1);
            if (day.Kind == "n")
            {
                if (day.Value > DateTime.DaysInMonth(resolvedYear, month))
                {
                    return null;
                }

                var date = new DateOnly(resolvedYear, month, day.Value);
                if (year is null && date > today)
                {
                    date = date.AddYears(-1);
                }

                // A holiday is said loosely ("at christmas"): a few days either side, within its month.
                return DateReader.DayOf(monthToken) > 0 && tokens.All(t => t.Kind != "n")
                    ? DateReading.Span(Max(date.AddDays(-3), new DateOnly(date.Year, month, 1)), Min(date.AddDays(3), new DateOnly(date.Year, month, DateTime.DaysInMonth(date.Year, month))), true)
                    : DateReading.Day(date);
            }

            return PartOfMonth(new DateOnly(resolvedYear, month, 1), tokens);
        }

        var seasonToken = tokens.FirstOrDefault(t => DateReader.SeasonOf(t) >= 0);
        if (seasonToken.Kind is null || tokens.Any(t => t.Kind == "n"))
        {
            return null;
        }

        var season = DateReader.SeasonOf(seasonToken);
        var startMonth = 3 + (season * 3);
        var seasonYear = year ?? today.Year;
        var start = new DateOnly(seasonYear, startMonth, 1);
        if (year is null)
        {
            var lastWanted = tokens.Any(t => t.Kind == "last");
            while (start > today || (lastWanted && start.AddMonths(3) > today))
            {
                start = start.AddYears(-1);
            }
        }

        return DateReading.Span(start, start.AddMonths(3).AddDays(-1), true);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
