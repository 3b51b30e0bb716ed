namespace ReportBot.Resources.Text;

/// <summary>Strings of the crisis response.</summary>
public static class CrisisText
{
    public static readonly TextKey Emergency = new("crisis.emergency");

    /// <summary>The emergency answer when the body is already harmed now (pills taken, bleeding): 119 first.</summary>
    public static readonly TextKey EmergencyAmbulance = new("crisis.emergency_ambulance");
}
