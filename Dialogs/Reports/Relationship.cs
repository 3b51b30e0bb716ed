namespace ReportBot.Dialogs.Reports;

/// <summary>How the survivor knows the person who did it. Never a name: the kind of relationship only.</summary>
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
