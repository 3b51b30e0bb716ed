using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace ReportBot.Dialogs.Reports;

/// <summary>Who the survivor has already told, and whether a lawsuit or complaint has been threatened against them.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum Disclosure
{
    ToldSomeoneClose,
    ToldSupportOrganisation,
    ReportedToPolice,
    ThreatenedWithLawsuit,
    NoOneYet,

    /// <summary>Told the workplace or the school (HR, a manager, a teacher, a grievance body, a university human rights centre).</summary>
    ToldWorkOrSchool,
}
