namespace ReportBot.Resources.Phrases;

/// <summary>Words that ask for, cancel or end a conversation with a counsellor.</summary>
public static class HandoffPhrases
{
    /// <summary>Whole messages that ask for a counsellor.</summary>
    public static readonly PhraseKey Request = new("handoff.request");

    /// <summary>Parts of a longer message that clearly ask for a counsellor.</summary>
    public static readonly PhraseKey RequestContains = new("handoff.request_contains");

    /// <summary>Whole messages that stop waiting for a counsellor.</summary>
    public static readonly PhraseKey Cancel = new("handoff.cancel");

    /// <summary>Whole messages that end the conversation with a counsellor.</summary>
    public static readonly PhraseKey End = new("handoff.end");
}
