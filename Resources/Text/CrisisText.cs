namespace ReportBot.Resources.Text;

/// <summary>Strings of the crisis response.</summary>
public static class CrisisText
{
    public static readonly TextKey Emergency = new("crisis.emergency");

    /// <summary>The emergency answer when the body is already harmed now (pills taken, bleeding): 119 first.</summary>
    public static readonly TextKey EmergencyAmbulance = new("crisis.emergency_ambulance");

    /// <summary>
    /// The emergency answer to a wish to die or thoughts of suicide with no danger now: 109 (the suicide prevention line)
    /// first, then 1366, with 112 and 119 for danger now.
    /// </summary>
    public static readonly TextKey EmergencyIdeation = new("crisis.emergency_ideation");

    /// <summary>Someone else in danger now: the numbers to call for them or with them, and to stay with them if safe.</summary>
    public static readonly TextKey OtherPerson = new("crisis.other_person");
}
