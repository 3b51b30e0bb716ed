namespace ReportBot.Resources.Phrases;

/// <summary>
/// Stopping for now to come back, said in the survivor's words (Resources/Phrases/pause.json): a stop that says "later" keeps
/// the report being written instead of dropping it.
/// </summary>
public static class PausePhrases
{
    /// <summary>Words that make a stop a pause ("나중에", "이따", "tomorrow", "brb", "for now").</summary>
    public static readonly PhraseKey ResumeLater = new("concept.resume_later");

    /// <summary>A hold said alone, as the whole message ("잠깐만요", "gimme a sec", "hold on, one min"): wait, keep the report.</summary>
    public static readonly PhraseKey HoldAlone = new("pause.hold_alone");

    /// <summary>A pause said with no stop word ("나중에 마저 할게요", "be right back", "need a break"): an exit-intent word.</summary>
    public static readonly PhraseKey PauseAct = new("concept.pause_act");

    /// <summary>A time of coming back ("나중에", "이따", "later", "tomorrow"): with <see cref="PauseVerb"/> a pause said with its reason.</summary>
    public static readonly PhraseKey PauseWhen = new("concept.pause_when");

    /// <summary>Carrying on said in the first person ("쓸게", "올게", "i will finish", "can i do this"): with <see cref="PauseWhen"/> a pause.</summary>
    public static readonly PhraseKey PauseVerb = new("concept.pause_verb");

    /// <summary>Having to leave now ("i have to go", "가봐야 돼요"): with danger now, the report is kept after the numbers.</summary>
    public static readonly PhraseKey LeaveNow = new("concept.leave_now");

    /// <summary>Someone who may come in or see the screen ("엄마", "누가", "roommate", "someone"): with <see cref="PauseNear"/> a pause's reason.</summary>
    public static readonly PhraseKey PauseSomeone = new("concept.pause_someone");

    /// <summary>Coming in, here, next to the survivor, watching ("들어옴", "옆에 있", "is home", "just walked in").</summary>
    public static readonly PhraseKey PauseNear = new("concept.pause_near");

    /// <summary>A word of holding on ("잠깐", "hang on", "wait"): with <see cref="PauseSomeone"/> a pause's reason.</summary>
    public static readonly PhraseKey PauseHold = new("concept.pause_hold");

    /// <summary>The phone or its battery about to die ("배터리 3퍼", "phone at 2%"): a pause's reason said alone.</summary>
    public static readonly PhraseKey PauseDevice = new("concept.pause_device");

    /// <summary>Somewhere the survivor must be ("수업", "출근", "class", "work"): with <see cref="LeaveNow"/> a pause's reason.</summary>
    public static readonly PhraseKey PauseDuty = new("concept.pause_duty");

    /// <summary>Past forms or the danger settled ("있었", "was", "지금은 괜찮아요", "i feel safer"): a reason told as the story, not a reason to stop now.</summary>
    public static readonly PhraseKey PausePast = new("concept.pause_past");
}
