using ReportBot.Resources;

namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>
/// Reads when something happened as people say it, in Korean or English: relative days, weeks, months and years
/// ("two weeks ago"), weekdays of this or last week, parts of a month (early, mid, late), seasons, "this year" with a
/// month and day, approximations ("about", "around"), spans and open spans ("since March"), how long it has gone on up to
/// today ("for months", "myeot dal-jjae"), and ages, life stages and occasions ("the night before my exam"), which are
/// kept as words only. Always in the past: a day without a year is the most recent such day.
/// </summary>
public sealed partial class DateReader
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] Seasons = ["spring", "summer", "autumn", "winter"];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPhraseCatalog, DateReader> Cache = new();

    private readonly DateTokenizer _tokenizer;
    private readonly DateBackground _background;

    public DateReader(IPhraseCatalog phrases)
    {
        _tokenizer = new DateTokenizer(phrases);
        _background = new DateBackground(phrases);
    }

    public static DateReader For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new DateReader(p));

    /// <summary>What the text says about when, or null when it is not about a time at all.</summary>
    public DateReading? Read(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var (tokens, unknownKorean, unknownEnglish) = _tokenizer.Tokenize(RecognitionInput.Fold(text));
        if (unknownKorean == 0 && unknownEnglish == 0 && IsAgeSaid(tokens))
        {
            return DateReading.Words;
        }

        return tokens.Count == 0 || unknownKorean > 6 || unknownEnglish > 2 ? null : FromTokens(tokens, today);
    }

    /// <summary>
    /// The time that longer words mention among other things (a story: "last march at the team dinner my manager…", in Korean often with no spaces), with the words that say
    /// it; null when they mention none (see <see cref="DateFinder"/>).
    /// </summary>
    public DateFound? Find(string? text, DateOnly today) => DateFinder.Find(_tokenizer, _background, text, today);

    /// <summary>Whether a story tells the harm as repeated ("se beonina" in Korean, "thats 3 times", "again"; date.repeated).</summary>
    public bool TellsRepeated(string? text) => text is { Length: > 0 and <= 2000 } && _background.TellsRepeated(RecognitionInput.Fold(text));

    /// <summary>Whether <paramref name="span"/> starts before <paramref name="time"/> and holds it, ending by <paramref name="today"/>.</summary>
    public static bool Holds(DateOnly? spanFrom, DateOnly? spanTo, DateOnly? timeFrom, DateOnly? timeTo, DateOnly today) =>
        spanFrom is { } from && spanTo is { } to && timeFrom is { } start && from < start && to >= (timeTo ?? start) && to <= today;

    /// <summary>
    /// "i was 15", "aged 16 or so": an age said before a number that stands alone, with nothing else said (not "i was there
    /// on the 5th", where the 5th is the day, or "i was attacked in may").
    /// </summary>
    private static bool IsAgeSaid(List<DateToken> tokens) =>
        tokens.Any(t => t.Kind == "age_said")
        && tokens.Where(t => t.Kind is not ("age_said" or "approx" or "age")).ToList() is [{ Kind: "n", Value: >= 3 and <= 99 }];

    /// <summary>What a run of date tokens says (ages and life stages: words only), or null; the list is changed.</summary>
    internal static DateReading? FromTokens(List<DateToken> tokens, DateOnly today)
    {
        // "geul ollin ji 2ju dwaesseoyo" (it's been 2 weeks since I posted): time gone by counts from the occasion, and is
        // the time.
        if (tokens.Any(t => t.Kind == "elapsed") && tokens.Any(t => t.Kind == "event") && !tokens.Any(t => t.Kind is "life_stage" or "holiday" or "when"))
        {
            tokens.RemoveAll(t => t.Kind == "event");
        }

        if (tokens.Any(t => t.Kind is "life_stage" or "holiday" or "event") || (tokens.Any(t => t.Kind == "when") && tokens.Any(t => t.Kind is "age" or "n")))
        {
            return DateReading.Words;
        }

        var approximate = tokens.Any(t => t.Kind is "approx" or "maybe_or");
        tokens.RemoveAll(t => t.Kind is "approx" or "when" or "age_said");
        if (Lasting(tokens, today) is { } lasting)
        {
            return lasting;
        }

        // "for" and the like said with another time ("for a week last month") leave that time as it reads on its own.
        tokens.RemoveAll(t => t.Kind is "lasting" or "lasting_past");
        MaybeOr(tokens);
        if (tokens.FindIndex(t => t.Kind is "day_after" or "days_after" or "week_after" or "weekend_after") is var offset and >= 0)
        {
            return After(tokens, offset, today);
        }

        CountRanges(tokens);
        Elapsed(tokens);
        return Range(tokens, today, approximate);
    }

    /// <summary>
    /// How long it has gone on, up to today ("for months", "its been going on for 3 months", "myeot dal-jjae gyesok",
    /// "1nyeon neomge"): a word of lasting with a count and a unit, or a unit alone in the plural ("for weeks": a few), and
    /// no other time; a span from that long ago to today. Null when anything else names the time.
    /// </summary>
    private static DateReading? Lasting(List<DateToken> tokens, DateOnly today)
    {
        if (!tokens.Any(t => t.Kind is "lasting" or "lasting_past"))
        {
            return null;
        }

        var rest = tokens.Where(t => t.Kind is not ("lasting" or "lasting_past" or "until" or "now" or "since" or "elapsed")).ToList();
        if (rest.Count is 0 or > 2 || !IsUnit(rest[^1]))
        {
            return null;
        }

        // A unit alone: "for the past year" is one; "for months", "for weeks" are a few.
        const int AFew = 3;
        var count = rest.Count == 1
            ? (rest[0].Kind is "day" or "week" or "month" or "year" && !tokens.Any(t => t.Kind == "lasting_past") ? AFew : 1)
            : rest[0].Kind == "few" ? AFew
            : rest[0].Kind == "n" ? Math.Max(rest[0].Value, rest[0].Upper)
            : 0;
        var (days, unit) = InDays(rest[^1].Kind);
        if (days > 0)
        {
            (count, unit) = (count * days, "day");
        }

        DateOnly? from = (unit, count) switch
        {
            (_, <= 0) => null,
            ("day", <= 3650) => today.AddDays(-count),
            ("week", <= 520) => today.AddDays(-7 * count),
            ("month", <= 240) => today.AddMonths(-count),
            ("half_year", <= 160) => today.AddMonths(-6 * count),
            ("year", <= 80) => today.AddYears(-count),
            _ => null,
        };
        return from is { } start ? DateReading.Span(start, today, true) : null;
    }

    /// <summary>
    /// Time gone by ("it's been 2 weeks", "han dal-jjeum dwaesseoyo", "3il jinasseoyo") is how long ago: a count and a unit
    /// (or a unit alone) before any "since", with no "ago", read as that long ago; what follows the "since" is what
    /// happened then ("it's been a month since the post went up"). Said with any other time ("it's been happening since
    /// march"), the words of time gone by are left out and that time reads as it is. The list is changed.
    /// </summary>
    private static void Elapsed(List<DateToken> tokens)
    {
        if (tokens.RemoveAll(t => t.Kind == "elapsed") == 0 || tokens.Any(t => t.Kind == "ago"))
        {
            return;
        }

        // "Now" adds nothing to it ("its been 2 weeks now", "ije han dal dwaesseoyo").
        var since = tokens.FindIndex(t => t.Kind == "since");
        var before = (since < 0 ? tokens : tokens[..since]).Where(t => t.Kind != "now").ToList();
        if (before.Count is 1 or 2 && IsUnit(before[^1]) && (before.Count == 1 || before[0].Kind is "n" or "few"))
        {
            tokens.Clear();
            tokens.AddRange(before);
            tokens.Add(new DateToken("ago"));
        }
    }

    /// <summary>A unit a count stands before: a day, week, month or year, or one said in one word ("a fortnight", "boreum").</summary>
    internal static bool IsUnit(DateToken token) =>
        token.Kind is "day" or "week" or "month" or "year" or "one_week" or "two_weeks" or "ten_days" or "half_month" or "half_year"
            or "one_day" or "two_days" or "three_days" or "four_days" or "five_days" or "six_days";

    /// <summary>The days of a unit said in one word ("a fortnight", "yeolheul"), or 0 and the unit itself.</summary>
    private static (int Days, string Unit) InDays(string kind) => kind switch
    {
        "one_week" => (7, "day"),
        "two_weeks" => (14, "day"),
        "ten_days" => (10, "day"),
        "one_day" => (1, "day"),
        "two_days" => (2, "day"),
        "three_days" => (3, "day"),
        "four_days" => (4, "day"),
        "five_days" => (5, "day"),
        "six_days" => (6, "day"),
        "half_month" => (15, "day"),
        _ => (0, kind),
    };

    /// <summary>
    /// "3wol-inga 4wol-inga" (March or was it April): the unsure "-inga" is "or" when another time follows it, and only unsure when
    /// nothing does ("3wol-inga?", "jangnyeon yeoreum-inga").
    /// </summary>
    private static void MaybeOr(List<DateToken> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].Kind != "maybe_or")
            {
                continue;
            }

            var timeAfter = tokens.Skip(i + 1).Any(t => t.Kind is not ("maybe_or" or "or" or "until" or "since"));
            var timeBefore = tokens.Take(i).Any(t => t.Kind is not ("maybe_or" or "or" or "until" or "since"));
            if (timeAfter && timeBefore && !tokens.Any(t => t.Kind is "or" or "until"))
            {
                tokens[i] = new DateToken("or", 0);
            }
            else
            {
                tokens.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// A time counted on from a named day: "the week after halloween", "the weekend after christmas", "a few days after new
    /// year", "keuriseumaseu daeumnal". The day itself is read without the offset; a holiday counts from its own day.
    /// </summary>
    private static DateReading? After(List<DateToken> tokens, int offset, DateOnly today)
    {
        var kind = tokens[offset].Kind;
        var rest = tokens.Where((t, i) => i != offset && t.Kind is not ("day_after" or "days_after" or "week_after" or "weekend_after" or "elapsed")).ToList();
        var holiday = rest.FirstOrDefault(t => DayOf(t) > 0);
        var reading = rest.Count == 0 ? null : Point([.. rest], today);
        if (reading?.From is not { } from)
        {
            return null;
        }

        var day = holiday.Kind is not null && new DateOnly(from.Year, MonthOf(holiday), 1) is var first
            ? first.AddDays(DayOf(holiday) - 1)
            : reading.To ?? from;
        var (start, end) = kind switch
        {
            "day_after" => (day.AddDays(1), day.AddDays(1)),
            "days_after" => (day.AddDays(1), day.AddDays(7)),
            "week_after" => (day.AddDays(1), day.AddDays(7)),
            _ => (NextSaturday(day), NextSaturday(day).AddDays(1)),
        };
        return Clamp(start == end ? DateReading.Day(start, kind != "day_after") : DateReading.Span(start, end, true), today, true);
    }

    private static DateOnly NextSaturday(DateOnly day) => day.AddDays(((int)DayOfWeek.Saturday - (int)day.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)DayOfWeek.Saturday - (int)day.DayOfWeek + 7) % 7);

    /// <summary>"2-3 weeks", "three or four weeks": two counts before a unit are one count said as a range.</summary>
    private static void CountRanges(List<DateToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var gap = tokens[i + 1].Kind is "until" or "or" ? 1 : 0;
            // "han seok dal", "han 3 ju": a Korean "one" before a larger count is "about", not the lower end of a range.
            if (gap == 0 && tokens[i].Kind == "n" && tokens[i].Value == 1 && tokens[i + 1].Kind == "n" && tokens[i + 1].Value >= 3
                && tokens[i + 2].Kind is "day" or "week" or "month" or "year")
            {
                tokens.RemoveAt(i);
                continue;
            }

            if (i + gap + 2 < tokens.Count && tokens[i].Kind == "n" && tokens[i + gap + 1].Kind == "n"
                && tokens[i].Value < tokens[i + gap + 1].Value && tokens[i + gap + 1].Value <= 12
                && tokens[i + gap + 2].Kind is "day" or "week" or "month" or "year")
            {
                tokens[i] = new DateToken("n", tokens[i].Value, tokens[i + gap + 1].Value);
                tokens.RemoveRange(i + 1, gap + 1);
            }
        }
    }

    private static DateReading? Range(List<DateToken> tokens, DateOnly today, bool approximate)
    {
        // "A or B", "from A to B", "between A and B", and "from A to B" said with a Korean "since" and "between" (a "since" with a time on each side) keep both ends.
        var until = tokens.FindIndex(t => t.Kind is "until" or "or");
        var since = tokens.FindIndex(t => t.Kind == "since");
        if (until < 0 && since > 0 && tokens.Skip(since + 1).Any(t => t.Kind != "now") && Point([.. tokens[..since]], today) is not null)
        {
            until = since;
        }

        if (until < 0 && since < 0)
        {
            return Clamp(Point(tokens, today), today, approximate);
        }

        List<DateToken> left, right;
        if (until >= 0)
        {
            left = [.. tokens[..until].Where(t => t.Kind != "since")];
            right = [.. tokens[(until + 1)..].Where(t => t.Kind is not ("since" or "until" or "or"))];
        }
        else
        {
            left = [.. tokens.Where(t => t.Kind != "since")];
            right = [];
        }

        var start = Point(left, today);
        if (start is null)
        {
            return null;
        }

        var end = right.Count == 0 || right.All(t => t.Kind == "now") ? DateReading.Day(today) : SecondEnd(left, right, start, today);
        if (end is null)
        {
            return null;
        }

        var to = end.To ?? end.From!.Value;
        return Clamp(DateReading.Span(start.From!.Value, to, true), today, approximate);
    }

    /// <summary>
    /// The second time of a span, in the year of the first when it names none ("between summer and autumn last year" is last autumn), and
    /// after the first ("between last christmas and new year": the new year after that Christmas).
    /// </summary>
    private static DateReading? SecondEnd(List<DateToken> left, List<DateToken> right, DateReading start, DateOnly today)
    {
        var ownYear = right.Any(IsYear);
        var end = Point(ownYear ? right : [.. left.Where(IsYear), .. right], today);
        if (end?.From is not { } from || ownYear || from >= start.From!.Value)
        {
            return end;
        }

        return end.To is { } to ? DateReading.Span(from.AddYears(1), to.AddYears(1), end.Approximate) : DateReading.Day(from.AddYears(1), end.Approximate);
    }

    private static bool IsYear(DateToken token) =>
        token.Kind is "this_year" or "last_year" or "year_before_last" || (token.Kind == "n" && token.Value is >= 1900 and <= 2200);

    private static DateReading? Clamp(DateReading? reading, DateOnly today, bool approximate)
    {
        if (reading?.From is not { } from)
        {
            return null;
        }

        if (from > today)
        {
            return null;
        }

        var to = reading.To is { } end && end > today ? today : reading.To;
        return to is { } t ? DateReading.Span(from, t, reading.Approximate || approximate) : DateReading.Day(from, reading.Approximate || approximate);
    }

    private static DateReading? Point(List<DateToken> tokens, DateOnly today)
    {
        tokens = [.. tokens.Where(t => t.Kind != "now" || tokens.Count == 1)];
        if (tokens.Count == 0)
        {
            return null;
        }

        if (tokens.Count == 1)
        {
            switch (tokens[0].Kind)
            {
                case "today":
                case "now":
                    return DateReading.Day(today);
                case "yesterday":
                    return DateReading.Day(today.AddDays(-1));
                case "day_before_yesterday":
                    return DateReading.Day(today.AddDays(-2));
                case "not_long_ago":
                    return DateReading.Span(today.AddDays(-30), today.AddDays(-2), true);
                case "other_day":
                    return DateReading.Span(today.AddDays(-10), today.AddDays(-2), true);
                case "while_ago":
                    return DateReading.Span(today.AddMonths(-6), today.AddDays(-14), true);
            }
        }

        return Ago(tokens, today)
            ?? Weekday(tokens, today)
            ?? MonthRelative(tokens, today)
            ?? YearRelative(tokens, today)
            ?? CalendarParts.MonthOrSeason(tokens, today, null);
    }

    private static DateReading? YearRelative(List<DateToken> tokens, DateOnly today)
    {
        int? year = tokens.Any(t => t.Kind == "this_year") ? today.Year
            : tokens.Any(t => t.Kind == "last_year") ? today.Year - 1
            : tokens.Any(t => t.Kind == "year_before_last") ? today.Year - 2
            : null;
        var explicitYear = tokens.FirstOrDefault(t => t.Kind == "n" && t.Value is >= 1900 and <= 2200);
        if (year is null && explicitYear.Kind == "n")
        {
            year = explicitYear.Value;
            tokens = [.. tokens.Where(t => t != explicitYear)];
        }
        else if (year is null && tokens.FindIndex(t => t.Kind == "n" && t.Value is >= 0 and <= 99) is var yy and >= 0 && yy + 1 < tokens.Count && tokens[yy + 1].Kind == "year")
        {
            year = 2000 + tokens[yy].Value > today.Year ? 1900 + tokens[yy].Value : 2000 + tokens[yy].Value;
            tokens = [.. tokens.Where((_, i) => i != yy)];
        }

        if (year is null)
        {
            return null;
        }

        tokens = [.. tokens.Where(t => t.Kind is not ("this_year" or "last_year" or "year_before_last" or "year"))];
        if (tokens.Count == 0)
        {
            var end = new DateOnly(year.Value, 12, 31);
            return DateReading.Span(new DateOnly(year.Value, 1, 1), end, true);
        }

        if (tokens.All(t => t.Kind is "early" or "mid" or "late"))
        {
            var (from, to) = tokens[0].Kind switch { "early" => (1, 4), "mid" => (5, 8), _ => (9, 12) };
            return DateReading.Span(new DateOnly(year.Value, from, 1), new DateOnly(year.Value, to, DateTime.DaysInMonth(year.Value, to)), true);
        }

        return CalendarParts.MonthOrSeason(tokens, today, year);
    }

    /// <summary>The month (1-12) a token names, or 0.</summary>
    public static int MonthOf(DateToken token) => token.Kind switch
    {
        "christmas" or "christmas_eve" or "new_years_eve" => 12,
        "halloween" => 10,
        "new_year" => 1,
        var kind => Array.IndexOf(Months, kind) + 1,
    };

    /// <summary>The day of the month a holiday token names (Christmas 25), or 0.</summary>
    public static int DayOf(DateToken token) => token.Kind switch
    {
        "christmas" => 25,
        "christmas_eve" => 24,
        "halloween" => 31,
        "new_years_eve" => 31,
        "new_year" => 1,
        _ => 0,
    };

    /// <summary>The season (0 spring .. 3 winter) a token names, or -1.</summary>
    public static int SeasonOf(DateToken token) => Array.IndexOf(Seasons, token.Kind);
}
