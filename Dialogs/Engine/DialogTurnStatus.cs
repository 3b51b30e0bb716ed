namespace ReportBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a call into it.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended with a result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
