namespace ReportBot.Dialogs.Recognition;

/// <summary>The number an emergency answer puts first (every answer shows all of them).</summary>
public enum EmergencyLine
{
    /// <summary>112: danger now from another person, a plan, an act under way.</summary>
    Police,

    /// <summary>119: a body already harmed now (pills taken, bleeding).</summary>
    Ambulance,

    /// <summary>109: a wish to die or thoughts of suicide with nothing of danger now.</summary>
    SuicidePrevention,
}
