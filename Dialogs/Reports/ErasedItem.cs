namespace ReportBot.Dialogs.Reports;

/// <summary>
/// The kinds of thing an eraser can remove, each told to the survivor in plain words. The storage layer adds
/// transcripts and encryption keys; the report feature erases cases.
/// </summary>
public enum ErasedItem
{
    /// <summary>A saved report (case).</summary>
    Case,

    /// <summary>The conversation's dialog state: unfinished answers, language choice, where they were.</summary>
    ConversationState,

    /// <summary>The stored transcript of the conversation.</summary>
    Transcript,

    /// <summary>The encryption keys of the conversation's data (crypto-shredding).</summary>
    EncryptionKeys,

    /// <summary>Messages to and from counsellors: live handoffs, messages left and their replies.</summary>
    CounsellorMessages,
}
