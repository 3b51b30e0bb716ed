namespace ReportBot.Resources.Phrases;

/// <summary>Words the report conversation recognises.</summary>
public static class ReportPhrases
{
    public static readonly PhraseKey Done = new("report.done");

    /// <summary>
    /// Words said around "that's all" at the end of a story ("no that's it", "i think that's everything for now", "네 그게
    /// 다예요"): taken off the start and the end of a short message before it is compared with <see cref="Done"/>.
    /// </summary>
    public static readonly PhraseKey DoneFillers = new("report.done_fillers");

    /// <summary>Correcting the answer just given or asking to go back a question ("잘못 썼어요", "can i go back").</summary>
    public static readonly PhraseKey GoBack = new("report.go_back");

    /// <summary>Words that name the question to go back to (report.go_back.&lt;field&gt;: "날짜", "the place").</summary>
    public static readonly PhraseKey GoBackTypes = new("report.go_back.types");

    public static readonly PhraseKey GoBackWhen = new("report.go_back.when");

    public static readonly PhraseKey GoBackPlace = new("report.go_back.place");

    public static readonly PhraseKey GoBackWho = new("report.go_back.who");

    /// <summary>"I'm okay" said before the story: it may mean "no thanks" or "I can tell", so it does not skip the story.</summary>
    public static readonly PhraseKey NarrativeOkay = new("report.narrative_okay");
    public static readonly PhraseKey WhenUnknown = new("report.when_unknown");
    public static readonly PhraseKey RangeSeparators = new("report.range_separators");
    public static readonly PhraseKey RangeWords = new("report.range_words");
}
