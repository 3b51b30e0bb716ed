using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace ReportBot.Dialogs.Reports;

/// <summary>How the survivor knows the person who did it. Never a name: the kind of relationship only.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum Relationship
{
    Stranger,
    PartnerOrEx,
    Family,
    BossOrColleague,
    TeacherOrProfessor,
    FriendOrAcquaintance,
    OnlineAccount,
    Other,
}
