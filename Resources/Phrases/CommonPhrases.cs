namespace ReportBot.Resources.Phrases;

/// <summary>Phrase lists shared by every conversation.</summary>
public static class CommonPhrases
{
    public static readonly PhraseKey Yes = new("yes");
    public static readonly PhraseKey No = new("no");
    public static readonly PhraseKey Today = new("date.today");
    public static readonly PhraseKey Yesterday = new("date.yesterday");
    public static readonly PhraseKey DayBeforeYesterday = new("date.day_before_yesterday");
    public static readonly PhraseKey Korean = new("language.korean");
    public static readonly PhraseKey English = new("language.english");
    public static readonly PhraseKey Skip = new("skip");
    public static readonly PhraseKey DaysAgo = new("date.days_ago");
    public static readonly PhraseKey YearUnit = new("date.year_unit");
    public static readonly PhraseKey MonthUnit = new("date.month_unit");
    public static readonly PhraseKey DayUnit = new("date.day_unit");
    public static readonly PhraseKey ListSeparators = new("choice.list_separators");
    public static readonly PhraseKey NumberSuffixes = new("choice.number_suffixes");
}
