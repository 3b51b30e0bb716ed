namespace ReportBot.Resources.Phrases;

/// <summary>
/// Stopping for now to come back, said in the survivor's words (Resources/Phrases/pause.json): a stop that says "later" keeps
/// the report being written instead of dropping it.
/// </summary>
public static class PausePhrases
{
    /// <summary>Words that make a stop a pause ("나중에", "이따", "tomorrow", "brb", "for now").</summary>
    public static readonly PhraseKey ResumeLater = new("concept.resume_later");

    /// <summary>A pause said with no stop word ("나중에 마저 할게요", "be right back", "need a break"): an exit-intent word.</summary>
    public static readonly PhraseKey PauseAct = new("concept.pause_act");
}
