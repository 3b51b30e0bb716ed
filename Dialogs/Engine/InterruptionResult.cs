namespace ReportBot.Dialogs.Engine;

/// <summary>What an interruption did with a message.</summary>
public enum InterruptionResult
{
    /// <summary>Not for this interruption: the next one, then the active dialog, sees the message.</summary>
    NotHandled,

    /// <summary>Handled; the survivor goes back to where they were (the active dialog asks again).</summary>
    Resume,

    /// <summary>Handled, and the interruption took care of the stack itself (began, ended or cancelled dialogs).</summary>
    Handled,
}
