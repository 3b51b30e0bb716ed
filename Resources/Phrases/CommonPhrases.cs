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

    /// <summary>
    /// The words of <see cref="Skip"/> that ask to pass ("skip", "pass", "geonneottwigi"), as against not knowing ("not
    /// sure", "moreugesseoyo"): at a question with a choice for not knowing ("I haven't been able to check"), not knowing
    /// picks it.
    /// </summary>
    public static readonly PhraseKey SkipWord = new("skip_word");
    public static readonly PhraseKey DaysAgo = new("date.days_ago");
    public static readonly PhraseKey YearUnit = new("date.year_unit");
    public static readonly PhraseKey MonthUnit = new("date.month_unit");
    public static readonly PhraseKey DayUnit = new("date.day_unit");
    public static readonly PhraseKey ListSeparators = new("choice.list_separators");
    public static readonly PhraseKey NumberSuffixes = new("choice.number_suffixes");

    /// <summary>
    /// Korean words that begin in the last syllable of a word read with one letter off and go on after it ("올린 다음날" is
    /// not a mistyped "올린대"): such a window is no typo (Concept.FindFuzzy). The English ones, as every catalog word of four
    /// letters or more, are words of their own, never read as a typo of another. Since 2026-12-07.
    /// </summary>
    public static readonly PhraseKey FuzzyWordStarts = new("recognition.fuzzy_word_starts");
}
