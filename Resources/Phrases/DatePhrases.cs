namespace ReportBot.Resources.Phrases;

/// <summary>Tokens of the date reader: each list is one kind of word people use for when something happened.</summary>
public static class DatePhrases
{
    public static readonly PhraseKey Today = new("date.t.today");

    /// <summary>Words right after a time that make it the start of a relationship, job or school (background, not when it happened).</summary>
    public static readonly PhraseKey ContextAfter = new("date.context.after");

    /// <summary>As <see cref="ContextAfter"/>, only after a time said with "since" (a Korean "from").</summary>
    public static readonly PhraseKey ContextSinceAfter = new("date.context.since_after");

    /// <summary>Words just before a time that make it such a start ("dating since march").</summary>
    public static readonly PhraseKey ContextBefore = new("date.context.before");

    /// <summary>English words anywhere earlier in a time's own clause that make it such a start ("i started at the cafe in june").</summary>
    public static readonly PhraseKey ContextClauseBefore = new("date.context.clause_before");

    /// <summary>Words that tell a harm as repeated ("세 번이나", "3 times", "again"): a story's open span is then its time.</summary>
    public static readonly PhraseKey Repeated = new("date.repeated");

    public static readonly PhraseKey Yesterday = new("date.t.yesterday");

    public static readonly PhraseKey DayBeforeYesterday = new("date.t.day_before_yesterday");

    public static readonly PhraseKey Ago = new("date.t.ago");

    /// <summary>Lunar holidays (추석, 설날), whose date moves every year: kept as words.</summary>
    public static readonly PhraseKey Holiday = new("date.t.holiday");

    /// <summary>
    /// How long it has gone on ("for months", "몇 달째", "1년 넘게"): with a count and a unit and no other time, a span from
    /// that long ago up to today.
    /// </summary>
    public static readonly PhraseKey Lasting = new("date.t.lasting");

    /// <summary>
    /// How long ago, said as time gone by ("it's been two weeks", "한 달쯤 됐어요", "3일 지났어요"): with a count and a unit and
    /// no "ago", that long ago; a "since" after it names what happened then ("it's been a month since the post went up").
    /// </summary>
    public static readonly PhraseKey Elapsed = new("date.t.elapsed");

    /// <summary>"for the past", "over the last": how long up to today, where a unit alone is one ("for the past year").</summary>
    public static readonly PhraseKey LastingPast = new("date.t.lasting_past");

    /// <summary>
    /// An occasion of the survivor's life ("my exam", "생일"): kept as words, as a stage of life is; in a story a time only
    /// beside a word of <see cref="EventNear"/> ("the night before my exam", "시험 전날", "생일 다음날").
    /// </summary>
    public static readonly PhraseKey Event = new("date.t.event");

    /// <summary>Words that make an occasion the story's time: English just before it, Korean just after it.</summary>
    public static readonly PhraseKey EventNear = new("date.t.event_near");

    /// <summary>Half a year (반년): six months, counted back ("반년 전") or lasting ("반년째").</summary>
    public static readonly PhraseKey HalfYear = new("date.t.half_year");

    /// <summary>One word for ten days (열흘).</summary>
    public static readonly PhraseKey TenDays = new("date.t.ten_days");

    /// <summary>The native words for one to six days (하루, 이틀, 사흘, 나흘, 닷새, 엿새): each a unit of that many days.</summary>
    public static readonly PhraseKey OneDay = new("date.t.one_day");

    public static readonly PhraseKey TwoDays = new("date.t.two_days");

    public static readonly PhraseKey ThreeDays = new("date.t.three_days");

    public static readonly PhraseKey FourDays = new("date.t.four_days");

    public static readonly PhraseKey FiveDays = new("date.t.five_days");

    public static readonly PhraseKey SixDays = new("date.t.six_days");

    public static readonly PhraseKey Day = new("date.t.day");

    public static readonly PhraseKey Week = new("date.t.week");

    public static readonly PhraseKey Month = new("date.t.month");

    public static readonly PhraseKey Year = new("date.t.year");

    public static readonly PhraseKey Age = new("date.t.age");

    /// <summary>An age said before its number ("i was 15", "aged 16", "나이 15"): with a number alone, words only (since 2026-12-07).</summary>
    public static readonly PhraseKey AgeSaid = new("date.t.age_said");

    public static readonly PhraseKey OneWeek = new("date.t.one_week");

    public static readonly PhraseKey TwoWeeks = new("date.t.two_weeks");

    public static readonly PhraseKey Few = new("date.t.few");

    public static readonly PhraseKey Last = new("date.t.last");

    public static readonly PhraseKey This = new("date.t.this");

    public static readonly PhraseKey LastWeek = new("date.t.last_week");

    public static readonly PhraseKey ThisWeek = new("date.t.this_week");

    public static readonly PhraseKey LastMonth = new("date.t.last_month");

    public static readonly PhraseKey ThisMonth = new("date.t.this_month");

    public static readonly PhraseKey LastYear = new("date.t.last_year");

    public static readonly PhraseKey YearBeforeLast = new("date.t.year_before_last");

    public static readonly PhraseKey ThisYear = new("date.t.this_year");

    public static readonly PhraseKey Weekend = new("date.t.weekend");

    public static readonly PhraseKey Monday = new("date.t.monday");

    public static readonly PhraseKey Tuesday = new("date.t.tuesday");

    public static readonly PhraseKey Wednesday = new("date.t.wednesday");

    public static readonly PhraseKey Thursday = new("date.t.thursday");

    public static readonly PhraseKey Friday = new("date.t.friday");

    public static readonly PhraseKey Saturday = new("date.t.saturday");

    public static readonly PhraseKey Sunday = new("date.t.sunday");

    public static readonly PhraseKey Early = new("date.t.early");

    public static readonly PhraseKey Mid = new("date.t.mid");

    public static readonly PhraseKey Late = new("date.t.late");

    public static readonly PhraseKey Spring = new("date.t.spring");

    public static readonly PhraseKey Summer = new("date.t.summer");

    public static readonly PhraseKey Autumn = new("date.t.autumn");

    public static readonly PhraseKey Winter = new("date.t.winter");

    public static readonly PhraseKey Approx = new("date.t.approx");

    public static readonly PhraseKey Since = new("date.t.since");

    public static readonly PhraseKey Until = new("date.t.until");

    public static readonly PhraseKey Now = new("date.t.now");

    public static readonly PhraseKey LifeStage = new("date.t.life_stage");

    public static readonly PhraseKey When = new("date.t.when");

    public static readonly PhraseKey Ignore = new("date.t.ignore");

    public static readonly PhraseKey Number1 = new("date.t.number_1");

    public static readonly PhraseKey Number2 = new("date.t.number_2");

    public static readonly PhraseKey Number3 = new("date.t.number_3");

    public static readonly PhraseKey Number4 = new("date.t.number_4");

    public static readonly PhraseKey Number5 = new("date.t.number_5");

    public static readonly PhraseKey Number6 = new("date.t.number_6");

    public static readonly PhraseKey Number7 = new("date.t.number_7");

    public static readonly PhraseKey Number8 = new("date.t.number_8");

    public static readonly PhraseKey Number9 = new("date.t.number_9");

    public static readonly PhraseKey Number10 = new("date.t.number_10");

    public static readonly PhraseKey Number11 = new("date.t.number_11");

    public static readonly PhraseKey Number12 = new("date.t.number_12");

    public static readonly PhraseKey Number20 = new("date.t.number_20");

    public static readonly PhraseKey January = new("date.t.january");

    public static readonly PhraseKey February = new("date.t.february");

    public static readonly PhraseKey March = new("date.t.march");

    public static readonly PhraseKey April = new("date.t.april");

    public static readonly PhraseKey May = new("date.t.may");

    public static readonly PhraseKey June = new("date.t.june");

    public static readonly PhraseKey July = new("date.t.july");

    public static readonly PhraseKey August = new("date.t.august");

    public static readonly PhraseKey September = new("date.t.september");

    public static readonly PhraseKey October = new("date.t.october");

    public static readonly PhraseKey November = new("date.t.november");

    public static readonly PhraseKey December = new("date.t.december");

    /// <summary>Christmas Day, Christmas Eve and New Year's Day: days of a month, not the whole month.</summary>
    public static readonly PhraseKey Christmas = new("date.t.christmas");

    public static readonly PhraseKey ChristmasEve = new("date.t.christmas_eve");

    public static readonly PhraseKey NewYear = new("date.t.new_year");

    /// <summary>"5월 말이나 6월 초", "may or june": a span from the first time to the second.</summary>
    public static readonly PhraseKey Or = new("date.t.or");

    /// <summary>Counts said as a range ("한두", "a couple of", "서너"): the span between the two counts back.</summary>
    public static readonly PhraseKey Range12 = new("date.t.range_1_2");

    public static readonly PhraseKey Range23 = new("date.t.range_2_3");

    public static readonly PhraseKey Range34 = new("date.t.range_3_4");

    /// <summary>The weekend before this week's ("지난 주말"), also on a Saturday or Sunday.</summary>
    public static readonly PhraseKey LastWeekend = new("date.t.last_weekend");

    /// <summary>"얼마 전", "not long ago": two days to a month back.</summary>
    public static readonly PhraseKey NotLongAgo = new("date.t.not_long_ago");

    /// <summary>"the other day", "요전에": two to ten days back.</summary>
    public static readonly PhraseKey OtherDay = new("date.t.other_day");

    /// <summary>"한참 전", "a while ago": two weeks to half a year back.</summary>
    public static readonly PhraseKey WhileAgo = new("date.t.while_ago");

    /// <summary>"보름", "half a month": fifteen days.</summary>
    public static readonly PhraseKey HalfMonth = new("date.t.half_month");

    /// <summary>"지지난주", "the week before last": the week before last week.</summary>
    public static readonly PhraseKey WeekBeforeLast = new("date.t.week_before_last");

    /// <summary>The month before last (지지난달, "the month before last"): last month's, a month earlier.</summary>
    public static readonly PhraseKey MonthBeforeLast = new("date.t.month_before_last");

    /// <summary>"지지난 주말", "the weekend before last".</summary>
    public static readonly PhraseKey WeekendBeforeLast = new("date.t.weekend_before_last");

    /// <summary>New Year's Eve, a day (31 December).</summary>
    public static readonly PhraseKey NewYearsEve = new("date.t.new_years_eve");

    /// <summary>Halloween, a day (31 October).</summary>
    public static readonly PhraseKey Halloween = new("date.t.halloween");

    /// <summary>"the day after", "다음날": the day after the day named with it.</summary>
    public static readonly PhraseKey DayAfter = new("date.t.day_after");

    /// <summary>"a few days after", "며칠 뒤": one to seven days after the day named with it.</summary>
    public static readonly PhraseKey DaysAfter = new("date.t.days_after");

    /// <summary>"the week after", "일주일 뒤": the seven days after the day named with it.</summary>
    public static readonly PhraseKey WeekAfter = new("date.t.week_after");

    /// <summary>"the weekend after": the first Saturday and Sunday after the day named with it.</summary>
    public static readonly PhraseKey WeekendAfter = new("date.t.weekend_after");

    /// <summary>"3월인가 4월인가": "or" when another time follows, else only unsure.</summary>
    public static readonly PhraseKey MaybeOr = new("date.t.maybe_or");

    /// <summary>Every token list, for the reader to compile.</summary>
    public static IReadOnlyList<PhraseKey> All { get; } =
    [
        Halloween,
        DayAfter,
        DaysAfter,
        WeekAfter,
        WeekendAfter,
        MaybeOr,
        HalfMonth,
        WeekBeforeLast,
        MonthBeforeLast,
        WeekendBeforeLast,
        NewYearsEve,
        Christmas,
        ChristmasEve,
        NewYear,
        Or,
        Range12,
        Range23,
        Range34,
        LastWeekend,
        NotLongAgo,
        OtherDay,
        WhileAgo,
        Today,
        Yesterday,
        DayBeforeYesterday,
        Ago,
        Holiday,
        TenDays,
        OneDay,
        TwoDays,
        ThreeDays,
        FourDays,
        FiveDays,
        SixDays,
        Lasting,
        Elapsed,
        LastingPast,
        Event,
        HalfYear,
        Day,
        Week,
        Month,
        Year,
        Age,
        AgeSaid,
        OneWeek,
        TwoWeeks,
        Few,
        Last,
        This,
        LastWeek,
        ThisWeek,
        LastMonth,
        ThisMonth,
        LastYear,
        YearBeforeLast,
        ThisYear,
        Weekend,
        Monday,
        Tuesday,
        Wednesday,
        Thursday,
        Friday,
        Saturday,
        Sunday,
        Early,
        Mid,
        Late,
        Spring,
        Summer,
        Autumn,
        Winter,
        Approx,
        Since,
        Until,
        Now,
        LifeStage,
        When,
        Ignore,
        Number1,
        Number2,
        Number3,
        Number4,
        Number5,
        Number6,
        Number7,
        Number8,
        Number9,
        Number10,
        Number11,
        Number12,
        Number20,
        January,
        February,
        March,
        April,
        May,
        June,
        July,
        August,
        September,
        October,
        November,
        December,
    ];
}
