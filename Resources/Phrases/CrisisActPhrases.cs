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

    /// <summary>Pills said as taken with no amount ("i took pills"): a check-in; with alcohol, the numbers with the ambulance first.</summary>
    public static readonly PhraseKey PillsTaken = new("crisis.pills_taken");

    /// <summary>Alcohol taken with the pills ("with vodka"): with <see cref="PillsTaken"/>, the numbers.</summary>
    public static readonly PhraseKey WithAlcohol = new("crisis.with_alcohol");

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

    /// <summary>Self-harm said as a start or a habit, with the body or oneself ("손목 긋는 게 습관", "i started cutting"): a check-in.</summary>
    public static readonly PhraseKey SelfHarmHabit = new("crisis.self_harm_habit");

    /// <summary>A veiled act ("손목에 손대요", "keep a blade"): a check-in only with <see cref="Habit"/>.</summary>
    public static readonly PhraseKey SelfHarmHint = new("crisis.self_harm_hint");

    /// <summary>A marker of habit or of a start ("요즘", "버릇", "since", "whenever").</summary>
    public static readonly PhraseKey Habit = new("crisis.habit");

    /// <summary>Bleeding that does not stop ("피가 안 멈춰요", "cut too deep"): the numbers, the ambulance first.</summary>
    public static readonly PhraseKey BleedingUncontrolled = new("crisis.bleeding_uncontrolled");

    /// <summary>A wish to die or thoughts of suicide: the numbers, with 109 first when nothing says danger now.</summary>
    public static readonly PhraseKey Ideation = new("crisis.ideation");

    /// <summary>Self-harm or suicide said of someone else (a friend, a video, a threat used to control): set aside like an idiom.</summary>
    public static readonly PhraseKey OthersHarm = new("crisis.others_harm");

    /// <summary>Someone who does not wake or breathe ("깨워도 안 일어나요", "she won't wake up"): the numbers, the ambulance first.</summary>
    public static readonly PhraseKey Unresponsive = new("crisis.unresponsive");

    /// <summary>Someone else's goodbye or suicide message ("죽는다고 문자 보내고", "texted me goodbye"): danger now with <see cref="Unreachable"/> or <see cref="Just"/>.</summary>
    public static readonly PhraseKey OtherFarewell = new("crisis.other_farewell");

    /// <summary>Someone who cannot be reached ("연락이 안 돼요", "not answering").</summary>
    public static readonly PhraseKey Unreachable = new("crisis.unreachable");

    /// <summary>Just now ("방금", "just"): with bleeding or someone's goodbye, danger now.</summary>
    public static readonly PhraseKey Just = new("crisis.just");

    /// <summary>A method at hand ("손에 쥐고 있어요", "in my hand"): with a method, the numbers.</summary>
    public static readonly PhraseKey AtHand = new("crisis.at_hand");

    /// <summary>An amount hedged with the taking ("took like", "took about", "알이나 먹었"): with a method (pills), an overdose.</summary>
    public static readonly PhraseKey TookAmount = new("crisis.took_amount");

    /// <summary>Someone said in the present ("he is", "someone is", "그 사람이 지금"): with a place at the door or in the home, danger now.</summary>
    public static readonly PhraseKey SomeoneIs = new("crisis.someone_is");
}
