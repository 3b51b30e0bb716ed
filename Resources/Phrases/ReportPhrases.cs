namespace ReportBot.Resources.Phrases;

/// <summary>Words the report conversation recognises.</summary>
public static class ReportPhrases
{
    public static readonly PhraseKey Done = new("report.done");

    /// <summary>"I'm okay" said before the story: it may mean "no thanks" or "I can tell", so it does not skip the story.</summary>
    public static readonly PhraseKey NarrativeOkay = new("report.narrative_okay");
    public static readonly PhraseKey WhenUnknown = new("report.when_unknown");
    public static readonly PhraseKey RangeSeparators = new("report.range_separators");
    public static readonly PhraseKey RangeWords = new("report.range_words");
}
