namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>Times counted back from today: "two weeks ago", weekdays of this or last week, this or last month.</summary>
public sealed partial class DateReader
{
    private static DateReading? Ago(List<DateToken> tokens, DateOnly today)
    {
        if (tokens[^1].Kind != "ago")
        {
            return null;
        }

        var body = tokens[..^1];
        // The count is the first one said; words before it ("this happened years ago": "this") do not undo it.
        var counted = body.FindIndex(t => t.Kind is "few" or "n");
        var (count, few) = counted < 0 ? (1, false) : body[counted].Kind == "few" ? (0, true) : (body[counted].Value, false);

        // A count said as a range ("2-3 weeks", "a couple of months"): from the larger count back to the smaller.
        if (body.Count > 0 && body[0].Upper > count && !few && Ago([new DateToken("n", body[0].Upper), .. body[1..], tokens[^1]], today) is { From: { } far }
            && Ago([new DateToken("n", count), .. body[1..], tokens[^1]], today) is { } near)
        {
            return DateReading.Span(far, near.To ?? near.From!.Value, true);
        }

        var unit = body.LastOrDefault(IsUnit).Kind;
        var weekdayAt = body.FindIndex(t => Array.IndexOf(Weekdays, t.Kind) >= 0);
        if (unit is null && weekdayAt >= 0 && !few && count is >= 1 and <= 8)
        {
            // "Two fridays ago": counted back from the most recent such weekday before today.
            var index = Array.IndexOf(Weekdays, body[weekdayAt].Kind);
            var back = ((int)today.DayOfWeek - ((index + 1) % 7) + 7) % 7;
            return DateReading.Day(today.AddDays(back == 0 ? -7 : -back).AddDays(-7 * (count - 1)));
        }

        if (unit is not null && InDays(unit) is (> 0 and var days, _))
        {
            (count, unit) = (days, "day");
        }
        else if (unit == "half_year")
        {
            // "Half a year ago" ("bannyeon jeon"): six months back, as "six months ago" reads.
            (count, unit) = (6 * (few ? 1 : count), "month");
            few = false;
        }

        if (unit is null && body.Count == 1 && body[0].Kind == "few")
        {
            unit = "day";
        }

        return unit switch
        {
            "day" when few => DateReading.Span(today.AddDays(-6), today.AddDays(-2), true),
            "day" => count <= 3650 ? DateReading.Day(today.AddDays(-count)) : null,
            "week" when few => DateReading.Span(today.AddDays(-35), today.AddDays(-14), true),
            "week" => count <= 520 ? DateReading.Span(today.AddDays((-7 * count) - 3), today.AddDays((-7 * count) + 3), true) : null,
            "month" when few => DateReading.Span(today.AddMonths(-6), today.AddMonths(-2), true),
            "month" => count <= 240 ? DateReading.Span(today.AddMonths(-count).AddDays(-15), today.AddMonths(-count).AddDays(15), true) : null,
            "year" when few => DateReading.Span(today.AddYears(-6), today.AddYears(-2), true),
            "year" => count <= 80 ? DateReading.Span(today.AddYears(-count).AddDays(-182), today.AddYears(-count).AddDays(182), true) : null,
            _ => null,
        };
    }

    private static DateReading? Weekday(List<DateToken> tokens, DateOnly today)
    {
        var weekday = tokens.FindIndex(t => Array.IndexOf(Weekdays, t.Kind) >= 0);
        // The week (or weekend) before last is last week's, a week earlier.
        var earlier = tokens.Any(t => t.Kind is "week_before_last" or "weekend_before_last") ? 7 : 0;
        var lastWeekend = tokens.Any(t => t.Kind is "last_weekend" or "weekend_before_last");
        var weekend = lastWeekend || tokens.Any(t => t.Kind == "weekend");
        var lastWeek = earlier > 0 || tokens.Any(t => t.Kind == "last_week");
        var thisWeek = tokens.Any(t => t.Kind == "this_week");
        if (weekday < 0 && !weekend && !lastWeek && !thisWeek)
        {
            return null;
        }

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - earlier);
        if (weekday < 0 && !weekend)
        {
            return lastWeek ? DateReading.Span(monday.AddDays(-7), monday.AddDays(-1), true) : DateReading.Span(monday, today, true);
        }

        if (weekend)
        {
            // "Last weekend" is the one before this week, also when said on a Saturday or Sunday; "the weekend" the latest.
            var saturday = lastWeekend || lastWeek || tokens.Any(t => t.Kind == "last")
                ? monday.AddDays(-2)
                : monday.AddDays(5) <= today ? monday.AddDays(5) : monday.AddDays(-2);
            return DateReading.Span(saturday, saturday.AddDays(1), true);
        }

        var index = Array.IndexOf(Weekdays, tokens[weekday].Kind);
        if (lastWeek)
        {
            return DateReading.Day(monday.AddDays(index - 7));
        }

        var thisWeeks = monday.AddDays(index);
        if (thisWeek && thisWeeks <= today)
        {
            return DateReading.Day(thisWeeks);
        }

        // "Last Friday", "on Friday": the most recent one before today.
        var back = ((int)today.DayOfWeek - ((index + 1) % 7) + 7) % 7;
        return DateReading.Day(today.AddDays(back == 0 ? -7 : -back));
    }

    private static DateReading? MonthRelative(List<DateToken> tokens, DateOnly today)
    {
        var back = tokens.Any(t => t.Kind == "month_before_last") ? 2 : tokens.Any(t => t.Kind == "last_month") ? 1 : 0;
        if (back == 0 && !tokens.Any(t => t.Kind == "this_month"))
        {
            return null;
        }

        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
        var day = tokens.FirstOrDefault(t => t.Kind == "n");
        if (day.Kind == "n" && day.Value is >= 1 and <= 31)
        {
            return day.Value <= DateTime.DaysInMonth(first.Year, first.Month) ? DateReading.Day(first.AddDays(day.Value - 1)) : null;
        }

        return CalendarParts.PartOfMonth(first, tokens);
    }
}
