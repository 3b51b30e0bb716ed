using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The options of the report's enum-valued choice questions, in the order they are numbered, and the label of
/// each value (also used by the legal options, the console and the records). Choice values are the enum names, so
/// stored answers survive a relabelling.
/// </summary>
public static class ReportChoices
{
    public static readonly IReadOnlyList<(IncidentType Value, TextKey Label)> Types =
    [
        (IncidentType.IllegalFilming, ReportText.TypeIllegalFilming),
        (IncidentType.NonConsensualSharing, ReportText.TypeNonConsensualSharing),
        (IncidentType.Deepfake, ReportText.TypeDeepfake),
        (IncidentType.SexualAssault, ReportText.TypeSexualAssault),
        (IncidentType.HarassmentAtWorkOrSchool, ReportText.TypeHarassmentWorkSchool),
        (IncidentType.OnlineHarassment, ReportText.TypeOnlineHarassment),
        (IncidentType.Stalking, ReportText.TypeStalking),
        (IncidentType.CounterLawsuit, ReportText.TypeCounterLawsuit),
        (IncidentType.Other, ReportText.TypeOther),
    ];

    /// <summary>What each kind means, in the order listed (ChoiceQuestionBackInterruption, "what do these mean?").</summary>
    public static readonly IReadOnlyDictionary<IncidentType, TextKey> TypeMeanings = new Dictionary<IncidentType, TextKey>
    {
        [IncidentType.IllegalFilming] = ReportText.TypeMeaningIllegalFilming,
        [IncidentType.NonConsensualSharing] = ReportText.TypeMeaningNonConsensualSharing,
        [IncidentType.Deepfake] = ReportText.TypeMeaningDeepfake,
        [IncidentType.SexualAssault] = ReportText.TypeMeaningSexualAssault,
        [IncidentType.HarassmentAtWorkOrSchool] = ReportText.TypeMeaningHarassmentWorkSchool,
        [IncidentType.OnlineHarassment] = ReportText.TypeMeaningOnlineHarassment,
        [IncidentType.Stalking] = ReportText.TypeMeaningStalking,
        [IncidentType.CounterLawsuit] = ReportText.TypeMeaningCounterLawsuit,
        [IncidentType.Other] = ReportText.TypeMeaningOther,
    };

    /// <summary>The kinds' values as the answer reader takes them (<see cref="Recognition.StoryReader"/>), in the order listed.</summary>
    public static readonly IReadOnlyList<string> TypeValues = [.. Types.Select(t => t.Value.ToString())];

    public static readonly IReadOnlyList<(Relationship Value, TextKey Label)> Relationships =
    [
        (Relationship.Stranger, ReportText.WhoStranger),
        (Relationship.PartnerOrEx, ReportText.WhoPartner),
        (Relationship.Family, ReportText.WhoFamily),
        (Relationship.BossOrColleague, ReportText.WhoBossColleague),
        (Relationship.TeacherOrProfessor, ReportText.WhoTeacher),
        (Relationship.FriendOrAcquaintance, ReportText.WhoAcquaintance),
        (Relationship.OnlineAccount, ReportText.WhoOnlineAccount),
        (Relationship.Other, ReportText.WhoOther),
    ];

    public static readonly IReadOnlyList<(EvidenceKind Value, TextKey Label)> Evidence =
    [
        (EvidenceKind.ScreenshotsOrPhotos, ReportText.EvidenceScreenshots),
        (EvidenceKind.Links, ReportText.EvidenceLinks),
        (EvidenceKind.Messages, ReportText.EvidenceMessages),
        (EvidenceKind.VideosOrFiles, ReportText.EvidenceFiles),
        (EvidenceKind.Witnesses, ReportText.EvidenceWitnesses),
        (EvidenceKind.None, ReportText.EvidenceNone),
    ];

    public static readonly IReadOnlyList<(OnlineStatus Value, TextKey Label)> Online =
    [
        (OnlineStatus.StillOnline, ReportText.OnlineYes),
        (OnlineStatus.NotOnline, ReportText.OnlineNo),
        (OnlineStatus.NotSure, ReportText.OnlineUnsure),
    ];

    public static readonly IReadOnlyList<(Disclosure Value, TextKey Label)> Disclosures =
    [
        (Disclosure.ToldSomeoneClose, ReportText.DisclosureClose),
        (Disclosure.ToldSupportOrganisation, ReportText.DisclosureSupport),
        (Disclosure.ToldWorkOrSchool, ReportText.DisclosureWorkOrSchool),
        (Disclosure.ReportedToPolice, ReportText.DisclosurePolice),
        (Disclosure.ThreatenedWithLawsuit, ReportText.DisclosureLawsuit),
        (Disclosure.NoOneYet, ReportText.DisclosureNoOne),
    ];

    public static readonly IReadOnlyList<(SupportWish Value, TextKey Label)> Wishes =
    [
        (SupportWish.Information, ReportText.WishInformation),
        (SupportWish.TakedownHelp, ReportText.WishTakedown),
        (SupportWish.LegalHelp, ReportText.WishLegal),
        (SupportWish.TalkToCounsellor, ReportText.WishCounsellor),
        (SupportWish.JustRecord, ReportText.WishRecord),
    ];

    public static TextKey Label<T>(IReadOnlyList<(T Value, TextKey Label)> options, T value)
        where T : struct, Enum =>
        options.First(o => EqualityComparer<T>.Default.Equals(o.Value, value)).Label;
}
