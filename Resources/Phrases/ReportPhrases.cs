namespace ReportBot.Resources.Phrases;

/// <summary>Words the report conversation recognises.</summary>
public static class ReportPhrases
{
    public static readonly PhraseKey Done = new("report.done");
    public static readonly PhraseKey WhenUnknown = new("report.when_unknown");
    public static readonly PhraseKey RangeSeparators = new("report.range_separators");
    public static readonly PhraseKey RangeWords = new("report.range_words");
}
