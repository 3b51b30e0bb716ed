namespace ReportBot.Resources.Phrases;

/// <summary>
/// A plan said without a method ("doing it" with a time) and a goodbye letter said as a letter with an apology
/// (Resources/Phrases/crisis_plans.json; how they combine: Resources/Phrases/Rules/recognition.json).
/// </summary>
public static class CrisisPlanPhrases
{
    /// <summary>"Doing it" with no object, as one's own plan: a plan only with a time, and after or with distress.</summary>
    public static readonly PhraseKey ActIntent = new("crisis.act_intent");

    /// <summary>Any time a plan can be set for, "today" and "now" included (too common to be a plan alone).</summary>
    public static readonly PhraseKey AnyTime = new("crisis.any_time");

    /// <summary>A letter or a note written or left.</summary>
    public static readonly PhraseKey FarewellNote = new("crisis.farewell_note");

    /// <summary>An apology, absolution or goodbye that makes the letter a goodbye letter.</summary>
    public static readonly PhraseKey FarewellReason = new("crisis.farewell_reason");
}
