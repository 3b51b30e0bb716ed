namespace ReportBot.Resources.Phrases;

/// <summary>
/// Every list of answers.json by name, declared so that the catalog tests check each has both languages. The
/// recogniser finds a question's lists by the naming convention (<see cref="AnswerPhrases.Choice"/>), not by these fields.
/// </summary>
public static class AnswerChoicePhrases
{
    public static readonly PhraseKey TypesIllegalFilming = new("answer.types.IllegalFilming");
    public static readonly PhraseKey TypesNonConsensualSharing = new("answer.types.NonConsensualSharing");
    public static readonly PhraseKey TypesNonConsensualSharingContext = new("answer.types.NonConsensualSharing.context");
    public static readonly PhraseKey TypesNonConsensualSharingAct = new("answer.types.NonConsensualSharing.act");
    public static readonly PhraseKey TypesNonConsensualSharingPairUnless = new("answer.types.NonConsensualSharing.pair_unless");
    public static readonly PhraseKey TypesDeepfake = new("answer.types.Deepfake");
    public static readonly PhraseKey TypesSexualAssault = new("answer.types.SexualAssault");
    public static readonly PhraseKey TypesHarassmentAtWorkOrSchool = new("answer.types.HarassmentAtWorkOrSchool");
    public static readonly PhraseKey TypesHarassmentAtWorkOrSchoolContext = new("answer.types.HarassmentAtWorkOrSchool.context");
    public static readonly PhraseKey TypesHarassmentAtWorkOrSchoolAct = new("answer.types.HarassmentAtWorkOrSchool.act");
    public static readonly PhraseKey TypesOnlineHarassment = new("answer.types.OnlineHarassment");
    public static readonly PhraseKey TypesOnlineHarassmentWeak = new("answer.types.OnlineHarassment.weak");
    public static readonly PhraseKey TypesOnlineHarassmentNearAct = new("answer.types.OnlineHarassment.near_act");
    public static readonly PhraseKey TypesOnlineHarassmentNearObject = new("answer.types.OnlineHarassment.near_object");
    public static readonly PhraseKey TypesStalking = new("answer.types.Stalking");

    /// <summary>None of the listed kinds fits ("none of the above", "해당 없어요"): the kind "Other".</summary>
    public static readonly PhraseKey TypesOther = new("answer.types.Other");

    /// <summary>None of the listed relationships fits: "Someone else".</summary>
    public static readonly PhraseKey WhoOther = new("answer.who.Other");
    public static readonly PhraseKey TypesCounterLawsuit = new("answer.types.CounterLawsuit");
    public static readonly PhraseKey WhoStranger = new("answer.who.Stranger");
    public static readonly PhraseKey WhoPartnerOrEx = new("answer.who.PartnerOrEx");
    public static readonly PhraseKey WhoFamily = new("answer.who.Family");
    public static readonly PhraseKey WhoBossOrColleague = new("answer.who.BossOrColleague");
    public static readonly PhraseKey WhoTeacherOrProfessor = new("answer.who.TeacherOrProfessor");
    public static readonly PhraseKey WhoFriendOrAcquaintance = new("answer.who.FriendOrAcquaintance");
    public static readonly PhraseKey WhoOnlineAccount = new("answer.who.OnlineAccount");
    public static readonly PhraseKey EvidenceScreenshotsOrPhotos = new("answer.evidence.ScreenshotsOrPhotos");
    public static readonly PhraseKey EvidenceLinks = new("answer.evidence.Links");
    public static readonly PhraseKey EvidenceMessages = new("answer.evidence.Messages");
    public static readonly PhraseKey EvidenceVideosOrFiles = new("answer.evidence.VideosOrFiles");
    public static readonly PhraseKey EvidenceWitnesses = new("answer.evidence.Witnesses");
    public static readonly PhraseKey EvidenceWitnessesContext = new("answer.evidence.Witnesses.context");
    public static readonly PhraseKey EvidenceWitnessesAct = new("answer.evidence.Witnesses.act");
    public static readonly PhraseKey EvidenceNone = new("answer.evidence.None");
    public static readonly PhraseKey OnlineStillOnline = new("answer.online.StillOnline");

    /// <summary>A bare yes to "is it still online?": that answer only when asked, never at the summary or in a story.</summary>
    public static readonly PhraseKey OnlineStillOnlineWeak = new("answer.online.StillOnline.weak");
    public static readonly PhraseKey OnlineNotOnline = new("answer.online.NotOnline");
    public static readonly PhraseKey OnlineNotOnlineWeak = new("answer.online.NotOnline.weak");
    public static readonly PhraseKey OnlineNotSure = new("answer.online.NotSure");
    public static readonly PhraseKey DisclosuresToldSomeoneClose = new("answer.disclosures.ToldSomeoneClose");
    public static readonly PhraseKey DisclosuresToldSupportOrganisation = new("answer.disclosures.ToldSupportOrganisation");
    public static readonly PhraseKey DisclosuresToldWorkOrSchool = new("answer.disclosures.ToldWorkOrSchool");
    public static readonly PhraseKey DisclosuresToldWorkOrSchoolNearAct = new("answer.disclosures.ToldWorkOrSchool.near_act");
    public static readonly PhraseKey DisclosuresToldWorkOrSchoolNearObject = new("answer.disclosures.ToldWorkOrSchool.near_object");

    /// <summary>What alone may stand between the pair above, for this choice only (the particles of "to").</summary>
    public static readonly PhraseKey DisclosuresToldWorkOrSchoolNearFillers = new("answer.disclosures.ToldWorkOrSchool.near_fillers");
    public static readonly PhraseKey DisclosuresReportedToPolice = new("answer.disclosures.ReportedToPolice");
    public static readonly PhraseKey DisclosuresThreatenedWithLawsuit = new("answer.disclosures.ThreatenedWithLawsuit");
    public static readonly PhraseKey DisclosuresNoOneYet = new("answer.disclosures.NoOneYet");
    public static readonly PhraseKey WishesInformation = new("answer.wishes.Information");
    public static readonly PhraseKey WishesTakedownHelp = new("answer.wishes.TakedownHelp");
    public static readonly PhraseKey WishesLegalHelp = new("answer.wishes.LegalHelp");
    public static readonly PhraseKey WishesTalkToCounsellor = new("answer.wishes.TalkToCounsellor");
    public static readonly PhraseKey WishesJustRecord = new("answer.wishes.JustRecord");
    public static readonly PhraseKey MenuLegal = new("answer.menu.legal");
    public static readonly PhraseKey Ordinal1 = new("answer.ordinal.1");
    public static readonly PhraseKey Ordinal2 = new("answer.ordinal.2");
    public static readonly PhraseKey Ordinal3 = new("answer.ordinal.3");
    public static readonly PhraseKey Ordinal4 = new("answer.ordinal.4");
    public static readonly PhraseKey Ordinal5 = new("answer.ordinal.5");
    public static readonly PhraseKey Ordinal6 = new("answer.ordinal.6");
    public static readonly PhraseKey Ordinal7 = new("answer.ordinal.7");
    public static readonly PhraseKey Ordinal8 = new("answer.ordinal.8");
    public static readonly PhraseKey Ordinal9 = new("answer.ordinal.9");
    public static readonly PhraseKey WhoStrangerWeak = new("answer.who.Stranger.weak");

    /// <summary>Workplace words ("work", "office", "hoesa") that name a colleague only when no one else is named (a partner who came to the workplace is no colleague).</summary>
    public static readonly PhraseKey WhoBossOrColleagueWeak = new("answer.who.BossOrColleague.weak");
    public static readonly PhraseKey WhoFriendOrAcquaintanceWeak = new("answer.who.FriendOrAcquaintance.weak");
    public static readonly PhraseKey WhoOthers = new("answer.who.others");
    public static readonly PhraseKey WhoSubjects = new("answer.who.subjects");
    public static readonly PhraseKey WhoYielding = new("answer.who.yielding");
    public static readonly PhraseKey WhoAgents = new("answer.who.agents");
    public static readonly PhraseKey WhoContacts = new("answer.who.contacts");
    public static readonly PhraseKey WhoRecipients = new("answer.who.recipients");
    public static readonly PhraseKey WhoDeterminers = new("answer.who.determiners");
    public static readonly PhraseKey EvidenceWishes = new("answer.evidence.wishes");
    public static readonly PhraseKey EvidenceHolding = new("answer.evidence.holding");
    public static readonly PhraseKey EvidenceNotHolding = new("answer.evidence.not_holding");
    public static readonly PhraseKey OnlineWishes = new("answer.online.wishes");
    public static readonly PhraseKey OnlineHolding = new("answer.online.holding");
    public static readonly PhraseKey OnlineNotHolding = new("answer.online.not_holding");
    public static readonly PhraseKey WhoParticles = new("answer.who.particles");
    public static readonly PhraseKey WhoCopulas = new("answer.who.copulas");
}
