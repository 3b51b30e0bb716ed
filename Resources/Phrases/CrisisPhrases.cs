namespace ReportBot.Resources.Phrases;

/// <summary>Wording that means a survivor may be in danger or thinking of self-harm (contains-matched, spacing-insensitive).</summary>
public static class CrisisPhrases
{
    public static readonly PhraseKey SelfHarm = new("crisis.self_harm");
    public static readonly PhraseKey Danger = new("crisis.danger");
}
