namespace ReportBot.Resources.Phrases;

/// <summary>Concepts the recogniser combines into intents (Resources/Phrases/Rules/recognition.json).</summary>
public static class ConceptPhrases
{
    public static readonly PhraseKey DeleteAction = new("concept.delete_action");

    public static readonly PhraseKey DataObject = new("concept.data_object");

    public static readonly PhraseKey DeleteFiller = new("concept.delete_filler");

    public static readonly PhraseKey StopAction = new("concept.stop_action");

    public static readonly PhraseKey ChatObject = new("concept.chat_object");

    public static readonly PhraseKey Help = new("concept.help");

    public static readonly PhraseKey HelpFiller = new("concept.help_filler");

    /// <summary>A what or how asked of the bot ("어떻게", "what can you"): with <see cref="HelpService"/>, asking what it does.</summary>
    public static readonly PhraseKey HelpAsk = new("concept.help_ask");

    /// <summary>Doing, helping or being for something ("도와주시는", "actually do", "for").</summary>
    public static readonly PhraseKey HelpService = new("concept.help_service");

    /// <summary>Connectives that end like a quoting ending ("그래서", so): no one else's words.</summary>
    public static readonly PhraseKey NotReportedSpeech = new("concept.not_reported_speech");

    public static readonly PhraseKey Counsellor = new("concept.counsellor");

    public static readonly PhraseKey Talk = new("concept.talk");

    public static readonly PhraseKey Korean = new("concept.korean");

    public static readonly PhraseKey English = new("concept.english");

    public static readonly PhraseKey LanguageSwitch = new("concept.language_switch");

    public static readonly PhraseKey CaseCode = new("concept.case_code");

    public static readonly PhraseKey CaseCodeFiller = new("concept.case_code_filler");

    public static readonly PhraseKey Report = new("concept.report");

    public static readonly PhraseKey ReportFiller = new("concept.report_filler");

    /// <summary>Whom a report is about, said with the request ("report my boss", "someone", "against"): fillers of the report intent.</summary>
    public static readonly PhraseKey ReportTarget = new("concept.report_target");

    public static readonly PhraseKey Filler = new("concept.filler");

    public static readonly PhraseKey Ending = new("concept.ending");

    public static readonly PhraseKey Particle = new("concept.particle");

    public static readonly PhraseKey Negation = new("concept.negation");

    public static readonly PhraseKey NegationPrefix = new("concept.negation_prefix");

    public static readonly PhraseKey ReportedSpeech = new("concept.reported_speech");

    /// <summary>One's own words said again with emphasis ("I said…", the Korean "-다고요"): not someone else's.</summary>
    public static readonly PhraseKey OwnEmphasis = new("concept.own_emphasis");

    /// <summary>Asking permission with a "not" that asks ("~면 안 될까요?", "can't I just…"): no negation of the request.</summary>
    public static readonly PhraseKey PermissionAsk = new("concept.permission_ask");

    /// <summary>The plain "~면 안 돼요": asking permission only with a question mark; without one, "must not".</summary>
    public static readonly PhraseKey PermissionAskMarked = new("concept.permission_ask_marked");

    /// <summary>Ways of asking ("how do I", "can I", "is there a way to", "~하려면", "~할 수 있어요?"): explained in every command.</summary>
    public static readonly PhraseKey RequestFrame = new("concept.request_frame");

    /// <summary>Someone (a person, anyone, 누구): a counsellor request only with a verb of talking and a way of asking.</summary>
    public static readonly PhraseKey Someone = new("concept.someone");

    /// <summary>Verbs of talking to someone (talk, speak, connect; 얘기, 연결, 통화).</summary>
    public static readonly PhraseKey Speak = new("concept.speak");

    /// <summary>"Not the bot" ("instead of a bot", "로봇 말고"), part of asking for a person.</summary>
    public static readonly PhraseKey NotBot = new("concept.not_bot");

    /// <summary>Asking whether a person is there at all ("챗봇 말고 사람 없어요?", "are you a bot", "is anyone real there").</summary>
    public static readonly PhraseKey PersonThere = new("concept.person_there");

    /// <summary>"Not in Korean" ("한국어 말고"), part of asking for English.</summary>
    public static readonly PhraseKey NotKorean = new("concept.not_korean");

    /// <summary>"Not in English" ("영어 말고"), part of asking for Korean.</summary>
    public static readonly PhraseKey NotEnglish = new("concept.not_english");

    /// <summary>What is happening to the survivor ("all this going on", "이런 상황"): a stop or an end of it is the story, not of the chat.</summary>
    public static readonly PhraseKey Happening = new("concept.happening");

    /// <summary>What the survivor is put through ("the harassment", "him to stop", "이 모든 게"): a stop of it is the story.</summary>
    public static readonly PhraseKey Situation = new("concept.situation");

    /// <summary>Having had enough around a stop ("됐어요", "nvm", "forget it"): words of the exit intent.</summary>
    public static readonly PhraseKey ExitFiller = new("concept.exit_filler");

    /// <summary>A place full of people ("사람 많은 데", "crowded"): no request for a person.</summary>
    public static readonly PhraseKey Crowd = new("concept.crowd");

    /// <summary>Having told a counsellor or someone before, told as the story ("상담사한테 말했는데"): no counsellor request.</summary>
    public static readonly PhraseKey ToldPast = new("concept.told_past");

    /// <summary>Words around asking for a person ("read this", "직접"): words of the counsellor intent.</summary>
    public static readonly PhraseKey CounsellorFiller = new("concept.counsellor_filler");
}
