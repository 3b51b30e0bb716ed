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

    public static readonly PhraseKey Counsellor = new("concept.counsellor");

    public static readonly PhraseKey Talk = new("concept.talk");

    public static readonly PhraseKey Korean = new("concept.korean");

    public static readonly PhraseKey English = new("concept.english");

    public static readonly PhraseKey LanguageSwitch = new("concept.language_switch");

    public static readonly PhraseKey CaseCode = new("concept.case_code");

    public static readonly PhraseKey CaseCodeFiller = new("concept.case_code_filler");

    public static readonly PhraseKey Report = new("concept.report");

    public static readonly PhraseKey ReportFiller = new("concept.report_filler");

    public static readonly PhraseKey Filler = new("concept.filler");

    public static readonly PhraseKey Ending = new("concept.ending");

    public static readonly PhraseKey Particle = new("concept.particle");

    public static readonly PhraseKey Negation = new("concept.negation");

    public static readonly PhraseKey NegationPrefix = new("concept.negation_prefix");

    public static readonly PhraseKey ReportedSpeech = new("concept.reported_speech");
}
