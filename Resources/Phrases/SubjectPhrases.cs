namespace ReportBot.Resources.Phrases;

/// <summary>Who does the verb, when it matters for reading a command (Resources/Phrases/subjects.json).</summary>
public static class SubjectPhrases
{
    /// <summary>Someone else as the subject straight before an English command verb ("he deleted it all"): a story, not a request.</summary>
    public static readonly PhraseKey OtherSubject = new("concept.other_subject");
}
