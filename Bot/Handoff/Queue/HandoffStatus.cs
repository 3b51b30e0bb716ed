namespace ReportBot.Bot.Handoff.Queue;

/// <summary>Where a handoff stands. Waiting and Active are open; the others are closed for good.</summary>
public enum HandoffStatus
{
    /// <summary>In the queue; no counsellor has it yet.</summary>
    Waiting,

    /// <summary>A counsellor holds the conversation; the survivor's messages go to them.</summary>
    Active,

    /// <summary>The counsellor or the survivor ended it.</summary>
    Ended,

    /// <summary>The survivor stopped waiting.</summary>
    Cancelled,

    /// <summary>Not a live conversation: a message left for the next counsellor when nobody could take it.</summary>
    Message,
}
