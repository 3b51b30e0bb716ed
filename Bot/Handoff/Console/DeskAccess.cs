namespace ReportBot.Bot.Handoff.Console;

/// <summary>What a counsellor's request on a handoff came to; the API maps it to an HTTP status.</summary>
public enum DeskAccess
{
    Allowed,
    NotFound,

    /// <summary>Another counsellor holds it (or it was never this counsellor's): 403.</summary>
    Forbidden,

    /// <summary>The handoff is not in a state that allows this (someone else claimed it; it ended): 409.</summary>
    Conflict,

    /// <summary>The survivor's channel did not take the message: 502, the counsellor may try again.</summary>
    Undelivered,
}
