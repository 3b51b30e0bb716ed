namespace ReportBot.Dialogs.Reports;

/// <summary>
/// What the report feature remembers about a conversation in conversation state, besides the dialog stack.
/// Never the case code: only the storage keys of cases made here, so "delete my data" can find them.
/// </summary>
public sealed class ReportSession
{
    /// <summary>When the survivor last used crisis wording; handoffs put such conversations first.</summary>
    public DateTimeOffset? CrisisAt { get; set; }

    /// <summary>Storage keys of the cases saved from this conversation.</summary>
    public List<string> CaseKeys { get; set; } = [];

    /// <summary>True while the bot waits for a yes/no to "delete everything?" asked by the global command.</summary>
    public bool DeleteConfirmationPending { get; set; }

    /// <summary>
    /// True while the bot waits to hear whether "delete it" meant the images out in the world or this conversation:
    /// asked when the report is about images and the words named neither.
    /// </summary>
    public bool DeleteMeaningPending { get; set; }

    /// <summary>Wrong case codes typed in this conversation since the last right one.</summary>
    public int FailedCodeAttempts { get; set; }

    /// <summary>After too many wrong codes, no code is checked before this time.</summary>
    public DateTimeOffset? CodeChecksPausedUntil { get; set; }

    /// <summary>True while the bot waits for "continue" or "start over" after a long pause.</summary>
    public bool WelcomeBackPending { get; set; }

    /// <summary>The command the bot asked "did you mean...?" about, waiting for yes or no.</summary>
    public string? PendingIntent { get; set; }

    /// <summary>The message that command was unsure about: on "no" it is the answer to the question after all.</summary>
    public string? PendingText { get; set; }

    /// <summary>When the survivor last used tier-2 wording (hopelessness, a goodbye); a time or a plan after it is tier 1.</summary>
    public DateTimeOffset? DistressAt { get; set; }

    /// <summary>True while the bot waits for the answer to its one crisis check-in.</summary>
    public bool CrisisCheckPending { get; set; }

    /// <summary>
    /// The answer to a question that raised the crisis check-in ("i want it to stop and to know if he can go to jail" at
    /// "what would help you now?"): on "no" it is that question's answer after all, so nothing written is lost.
    /// </summary>
    public string? CrisisCheckText { get; set; }

    /// <summary>
    /// True after the survivor paused a report to come back to it ("brb"): their next message, however
    /// soon, is greeted and asked whether to carry on or start over.
    /// </summary>
    public bool PausedForLater { get; set; }
}
