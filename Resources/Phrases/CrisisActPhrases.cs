namespace ReportBot.Resources.Phrases;

/// <summary>
/// Self-harm said as the act, an overdose already taken, one's own absence soon and "nothing matters now that it ends
/// soon", said with no crisis word (Resources/Phrases/crisis_acts.json; how they combine: Resources/Phrases/Rules/recognition.json).
/// </summary>
public static class CrisisActPhrases
{
    /// <summary>Self-harm said as one's own act or its repetition ("또 그었어요", "cutting again"): a check-in; with "now", the numbers.</summary>
    public static readonly PhraseKey SelfHarmAct = new("crisis.self_harm_act");

    /// <summary>A whole bottle or handful of pills already taken: the numbers at once.</summary>
    public static readonly PhraseKey OverdoseTaken = new("crisis.overdose_taken");

    /// <summary>Bleeding that does not stop: the numbers with "now" or a self-harm act.</summary>
    public static readonly PhraseKey Bleeding = new("crisis.bleeding");

    /// <summary>Making a wound; self-harm only together with a body part ("허벅지에 상처 내야").</summary>
    public static readonly PhraseKey Wound = new("crisis.wound");

    /// <summary>One's own absence soon, said with no crisis word ("곧 없어질 사람이라", "ill be gone soon"): a check-in.</summary>
    public static readonly PhraseKey Absence = new("crisis.absence");

    /// <summary>"It doesn't matter any more": a check-in only together with <see cref="SoonEnd"/>.</summary>
    public static readonly PhraseKey NoMatter = new("crisis.no_matter");

    /// <summary>Something ending soon ("곧 다 끝날", "after this week").</summary>
    public static readonly PhraseKey SoonEnd = new("crisis.soon_end");
}
