using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Legal;

/// <summary>How the legal options name each incident type to the survivor.</summary>
public static class IncidentTypeLabels
{
    public static TextKey For(IncidentType type) => type switch
    {
        IncidentType.IllegalFilming => LegalText.TypeIllegalFilming,
        IncidentType.NonConsensualSharing => LegalText.TypeNonConsensualSharing,
        IncidentType.Deepfake => LegalText.TypeDeepfake,
        IncidentType.SexualAssault => LegalText.TypeSexualAssault,
        IncidentType.HarassmentAtWorkOrSchool => LegalText.TypeHarassmentAtWorkOrSchool,
        IncidentType.OnlineHarassment => LegalText.TypeOnlineHarassment,
        IncidentType.Stalking => LegalText.TypeStalking,
        IncidentType.CounterLawsuit => LegalText.TypeCounterLawsuit,
        _ => LegalText.TypeOther,
    };
}
