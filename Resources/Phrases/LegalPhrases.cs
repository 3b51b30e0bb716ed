namespace ReportBot.Resources.Phrases;

/// <summary>Phrase lists of the legal-options conversation.</summary>
public static class LegalPhrases
{
    /// <summary>"What can I do?": opens the legal options from anywhere in the conversation.</summary>
    public static readonly PhraseKey Ask = new("legal.ask");

    public static readonly PhraseKey Next = new("legal.next");

    public static readonly PhraseKey Stop = new("legal.stop");

    public static readonly PhraseKey OtherTopics = new("legal.other");
}
