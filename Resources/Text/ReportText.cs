namespace ReportBot.Resources.Text;

/// <summary>Strings of the report conversation: questions, choices, summary, case code, welcome back.</summary>
public static class ReportText
{
    public static readonly TextKey Intro = new("report.intro");

    /// <summary>The short answer to a worry asked back at a question ("report.question_back.police", ...).</summary>
    public static TextKey QuestionBackAnswer(string worry) => new("report.question_back." + worry);
    public static readonly TextKey AskTypes = new("report.ask.types");
    public static readonly TextKey TypeIllegalFilming = new("report.type.illegal_filming");
    public static readonly TextKey TypeNonConsensualSharing = new("report.type.non_consensual_sharing");
    public static readonly TextKey TypeDeepfake = new("report.type.deepfake");
    public static readonly TextKey TypeSexualAssault = new("report.type.sexual_assault");
    public static readonly TextKey TypeHarassmentWorkSchool = new("report.type.harassment_work_school");
    public static readonly TextKey TypeOnlineHarassment = new("report.type.online_harassment");
    public static readonly TextKey TypeStalking = new("report.type.stalking");
    public static readonly TextKey TypeCounterLawsuit = new("report.type.counter_lawsuit");
    public static readonly TextKey TypeOther = new("report.type.other");

    /// <summary>What each kind means, asked at the kind question ("what do these mean?"): a line each, the kind's label first.</summary>
    public static readonly TextKey TypeMeaningIntro = new("report.type_meaning.intro");
    public static readonly TextKey TypeMeaningIllegalFilming = new("report.type_meaning.illegal_filming");
    public static readonly TextKey TypeMeaningNonConsensualSharing = new("report.type_meaning.non_consensual_sharing");
    public static readonly TextKey TypeMeaningDeepfake = new("report.type_meaning.deepfake");
    public static readonly TextKey TypeMeaningSexualAssault = new("report.type_meaning.sexual_assault");
    public static readonly TextKey TypeMeaningHarassmentWorkSchool = new("report.type_meaning.harassment_work_school");
    public static readonly TextKey TypeMeaningOnlineHarassment = new("report.type_meaning.online_harassment");
    public static readonly TextKey TypeMeaningStalking = new("report.type_meaning.stalking");
    public static readonly TextKey TypeMeaningCounterLawsuit = new("report.type_meaning.counter_lawsuit");
    public static readonly TextKey TypeMeaningOther = new("report.type_meaning.other");
    public static readonly TextKey TypeMeaningOutro = new("report.type_meaning.outro");
    public static readonly TextKey AskNarrative = new("report.ask.narrative");
    public static readonly TextKey NarrativeMore = new("report.narrative.more");
    public static readonly TextKey NarrativeFull = new("report.narrative.full");
    public static readonly TextKey NarrativeGoOn = new("report.narrative.go_on");
    public static readonly TextKey NarrativeDoneButton = new("report.narrative.done_button");
    public static readonly TextKey AskWhen = new("report.ask.when");
    public static readonly TextKey RetryWhen = new("report.retry.when");
    public static readonly TextKey AskPlace = new("report.ask.place");
    public static readonly TextKey AskWho = new("report.ask.who");
    public static readonly TextKey RetryWho = new("report.retry.who");

    /// <summary>The place question again, after a bare yes or no: a few words are enough, or skip.</summary>
    public static readonly TextKey RetryPlace = new("report.retry.place");
    public static readonly TextKey QuestionBackFoundOut = new("report.question_back.found_out");
    public static readonly TextKey QuestionBackPolice = new("report.question_back.police");
    public static readonly TextKey QuestionBackEvidence = new("report.question_back.evidence");
    public static readonly TextKey QuestionBackExact = new("report.question_back.exact");
    public static readonly TextKey QuestionBackWhy = new("report.question_back.why");
    public static readonly TextKey QuestionBackLength = new("report.question_back.length");

    /// <summary>Going back to an earlier question after a correction ("wait that's wrong"); the report carries on after it.</summary>
    public static readonly TextKey GoBack = new("report.go_back");
    public static readonly TextKey QuestionBackErasure = new("report.question_back.erasure");
    public static readonly TextKey QuestionBackPrivacy = new("report.question_back.privacy");
    public static readonly TextKey ReaskTypes = new("report.reask.types");
    public static readonly TextKey ReaskWho = new("report.reask.who");
    public static readonly TextKey ReaskPlace = new("report.reask.place");
    public static readonly TextKey WhoStranger = new("report.who.stranger");
    public static readonly TextKey WhoPartner = new("report.who.partner");
    public static readonly TextKey WhoFamily = new("report.who.family");
    public static readonly TextKey WhoBossColleague = new("report.who.boss_colleague");
    public static readonly TextKey WhoTeacher = new("report.who.teacher");
    public static readonly TextKey WhoAcquaintance = new("report.who.acquaintance");
    public static readonly TextKey WhoOnlineAccount = new("report.who.online_account");
    public static readonly TextKey WhoOther = new("report.who.other");
    public static readonly TextKey AskEvidence = new("report.ask.evidence");
    public static readonly TextKey EvidenceScreenshots = new("report.evidence.screenshots");
    public static readonly TextKey EvidenceLinks = new("report.evidence.links");
    public static readonly TextKey EvidenceMessages = new("report.evidence.messages");
    public static readonly TextKey EvidenceFiles = new("report.evidence.files");
    public static readonly TextKey EvidenceWitnesses = new("report.evidence.witnesses");
    public static readonly TextKey EvidenceNone = new("report.evidence.none");
    public static readonly TextKey AskOnline = new("report.ask.online");
    public static readonly TextKey OnlineYes = new("report.online.yes");
    public static readonly TextKey OnlineNo = new("report.online.no");
    public static readonly TextKey OnlineUnsure = new("report.online.unsure");
    public static readonly TextKey AskDisclosures = new("report.ask.disclosures");
    public static readonly TextKey DisclosureClose = new("report.disclosure.close");
    public static readonly TextKey DisclosureSupport = new("report.disclosure.support");
    public static readonly TextKey DisclosureWorkOrSchool = new("report.disclosure.work_or_school");
    public static readonly TextKey DisclosurePolice = new("report.disclosure.police");
    public static readonly TextKey DisclosureLawsuit = new("report.disclosure.lawsuit");
    public static readonly TextKey DisclosureNoOne = new("report.disclosure.no_one");
    public static readonly TextKey AskWishes = new("report.ask.wishes");
    public static readonly TextKey WishInformation = new("report.wish.information");
    public static readonly TextKey WishTakedown = new("report.wish.takedown");
    public static readonly TextKey WishLegal = new("report.wish.legal");
    public static readonly TextKey WishCounsellor = new("report.wish.counsellor");
    public static readonly TextKey WishRecord = new("report.wish.record");
    public static readonly TextKey ValidationRangeOrder = new("report.validation.range_order");
    public static readonly TextKey ValidationExclusiveChoice = new("report.validation.exclusive_choice");
    public static readonly TextKey ValidationNotInList = new("report.validation.not_in_list");
    public static readonly TextKey ValidationTooManyParts = new("report.validation.too_many_parts");
    public static readonly TextKey FieldTypes = new("report.field.types");
    public static readonly TextKey FieldNarrative = new("report.field.narrative");
    public static readonly TextKey FieldWhen = new("report.field.when");
    public static readonly TextKey FieldPlace = new("report.field.place");
    public static readonly TextKey FieldWho = new("report.field.who");
    public static readonly TextKey FieldEvidence = new("report.field.evidence");
    public static readonly TextKey FieldOnline = new("report.field.online");
    public static readonly TextKey FieldDisclosures = new("report.field.disclosures");
    public static readonly TextKey FieldWishes = new("report.field.wishes");
    public static readonly TextKey SummaryIntro = new("report.summary.intro");
    public static readonly TextKey SummarySkipped = new("report.summary.skipped");
    public static readonly TextKey SummaryNotRemembered = new("report.summary.not_remembered");

    /// <summary>How a date is written in a summary line: unambiguous in English (no month/day order to guess).</summary>
    public static readonly TextKey DateFormat = new("report.date_format");

    /// <summary>How an exact incident date is written, with the day of the week.</summary>
    public static readonly TextKey DateFormatLong = new("report.date_format_long");
    public static readonly TextKey SummaryNarrative = new("report.summary.narrative");
    public static readonly TextKey SummaryAdditions = new("report.summary.additions");

    /// <summary>The story and later additions when there is one (English has no "message(s)").</summary>
    public static readonly TextKey SummaryNarrativeOne = new("report.summary.narrative_one");
    public static readonly TextKey SummaryAdditionsOne = new("report.summary.additions_one");
    public static readonly TextKey SummaryAdditionLine = new("report.summary.addition_line");
    public static readonly TextKey SummaryAsk = new("report.summary.ask");
    public static readonly TextKey SummarySave = new("report.summary.save");
    public static readonly TextKey SummaryCorrect = new("report.summary.correct");
    public static readonly TextKey SummaryDiscard = new("report.summary.discard");
    public static readonly TextKey CorrectAsk = new("report.correct.ask");
    public static readonly TextKey DiscardConfirm = new("report.discard.confirm");
    public static readonly TextKey Discarded = new("report.discarded");
    public static readonly TextKey Saved = new("report.saved");
    public static readonly TextKey CaseCode = new("report.case_code");
    public static readonly TextKey LegalOffer = new("report.legal.offer");
    public static readonly TextKey LegalUnavailable = new("report.legal.unavailable");
    public static readonly TextKey LegalLater = new("report.legal.later");
    public static readonly TextKey Invalid = new("report.invalid");
    public static readonly TextKey WelcomeBack = new("report.welcome_back");
    public static readonly TextKey WelcomeBackContinue = new("report.welcome_back.continue");
    public static readonly TextKey WelcomeBackRestart = new("report.welcome_back.restart");
    public static readonly TextKey WelcomeBackRestarted = new("report.welcome_back.restarted");
}
