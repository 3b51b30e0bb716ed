using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// The kinds of incident a survivor can report; more than one may apply. The report dialog, the legal content
/// (Resources/Legal) and the counsellor queue all speak this vocabulary.
/// </summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum IncidentType
{
    /// <summary>Filmed without consent (illegal filming, spycams).</summary>
    IllegalFilming,

    /// <summary>Intimate images shared without consent, or threats to share them (sextortion).</summary>
    NonConsensualSharing,

    /// <summary>Sexual deepfakes: face, body or voice edited or synthesised into sexual material.</summary>
    Deepfake,

    /// <summary>Sexual assault or rape.</summary>
    SexualAssault,

    /// <summary>Sexual harassment at work or school.</summary>
    HarassmentAtWorkOrSchool,

    /// <summary>Online sexual harassment, doxxing or coordinated attacks.</summary>
    OnlineHarassment,

    /// <summary>Stalking.</summary>
    Stalking,

    /// <summary>A lawsuit or complaint filed against the survivor for speaking out (false accusation, defamation).</summary>
    CounterLawsuit,

    /// <summary>Something else.</summary>
    Other,
}
