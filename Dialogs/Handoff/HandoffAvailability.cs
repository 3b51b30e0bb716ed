namespace ReportBot.Dialogs.Handoff;

/// <summary>Whether a survivor can be put through to a counsellor now.</summary>
public enum HandoffAvailability
{
    /// <summary>Within opening hours, and at least one counsellor is signed in.</summary>
    Open,

    /// <summary>Outside the configured opening hours (Korea time).</summary>
    OutOfHours,

    /// <summary>Within opening hours, but no counsellor is signed in.</summary>
    NoCounsellorOnline,
}
