namespace ReportBot.Dialogs.Legal;

/// <summary>What the legal options remember for the whole conversation (beyond one visit to the dialog).</summary>
public sealed class LegalMemory
{
    /// <summary>The "information, not legal advice" note is given once per conversation, not on every visit.</summary>
    public bool DisclaimerShown { get; set; }
}
