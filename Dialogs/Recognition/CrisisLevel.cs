namespace ReportBot.Dialogs.Recognition;

/// <summary>How a message sounds for safety.</summary>
public enum CrisisLevel
{
    None,

    /// <summary>Indirect signs (hopelessness, being a burden, goodbyes, giving things away): check in once.</summary>
    CheckIn,

    /// <summary>Intent, a method, a plan, a high place now, danger from someone now: the emergency numbers at once.</summary>
    Immediate,
}
