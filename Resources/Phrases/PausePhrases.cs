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

    /// <summary>A time of coming back ("나중에", "이따", "later", "tomorrow"): with <see cref="PauseVerb"/> a pause said with its reason.</summary>
    public static readonly PhraseKey PauseWhen = new("concept.pause_when");

    /// <summary>Carrying on said in the first person ("쓸게", "올게", "i will finish", "can i do this"): with <see cref="PauseWhen"/> a pause.</summary>
    public static readonly PhraseKey PauseVerb = new("concept.pause_verb");

    /// <summary>Having to leave now ("i have to go", "가봐야 돼요"): with danger now, the report is kept after the numbers.</summary>
    public static readonly PhraseKey LeaveNow = new("concept.leave_now");
}
