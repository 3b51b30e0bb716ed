namespace ReportBot.Resources.Phrases;

/// <summary>Crisis wording by tier and the concepts combined into tier 1 (see Resources/Phrases/Rules/recognition.json).</summary>
public static class CrisisTierPhrases
{
    public static readonly PhraseKey Tier1 = new("crisis.tier1");

    /// <summary>A goodbye or "no tomorrow" said as one's own, affairs put in order: tier 1 alone.</summary>
    public static readonly PhraseKey Finality = new("crisis.finality");

    public static readonly PhraseKey Method = new("crisis.method");

    public static readonly PhraseKey TimeOrIntent = new("crisis.time_or_intent");

    /// <summary>When, said without a method (tonight, tomorrow morning): tier 1 with a decision, or after distress.</summary>
    public static readonly PhraseKey PlanTime = new("crisis.plan_time");

    /// <summary>A decision or everything prepared, with no object ("I've decided", "다 준비했어요").</summary>
    public static readonly PhraseKey Decision = new("crisis.decision");

    /// <summary>"I won't be here": with a time it is a plan.</summary>
    public static readonly PhraseKey Gone = new("crisis.gone");

    /// <summary>Everything settled ("I'm ready", "다 해 놨어요"): tier 1 with a tier-2 message.</summary>
    public static readonly PhraseKey Settled = new("crisis.settled");

    /// <summary>A last word ("이제 안녕", "for good"): tier 1 with a tier-2 message.</summary>
    public static readonly PhraseKey FinalWord = new("crisis.final_word");

    /// <summary>A plan to report or to tell someone: it is not a plan to harm, so it cancels a time or a decision.</summary>
    public static readonly PhraseKey ReportPlan = new("crisis.report_plan");

    public static readonly PhraseKey HighPlace = new("crisis.high_place");

    public static readonly PhraseKey Presence = new("crisis.presence");

    public static readonly PhraseKey Weapon = new("crisis.weapon");

    public static readonly PhraseKey AtDoor = new("crisis.at_door");

    /// <summary>"Right now": with someone at the door it is danger now, not a story.</summary>
    public static readonly PhraseKey Now = new("crisis.now");

    /// <summary>A part of the body and a cut or blood: self-harm in any order or tense.</summary>
    public static readonly PhraseKey Body = new("crisis.body");

    public static readonly PhraseKey Cut = new("crisis.cut");

    public static readonly PhraseKey Tier2 = new("crisis.tier2");

    public static readonly PhraseKey Idioms = new("crisis.idioms");
}
