namespace ReportBot.Dialogs.Handoff;

/// <summary>What became of a survivor's message to a thread.</summary>
public enum ThreadWrite
{
    Saved,

    /// <summary>The thread holds as many messages as it may; nothing was added.</summary>
    Full,

    /// <summary>The case was deleted (or expired) meanwhile.</summary>
    Gone,
}
