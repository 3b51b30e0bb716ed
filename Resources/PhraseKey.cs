namespace ReportBot.Resources;

/// <summary>A typed key into the phrase lists (Resources/Phrases): words the bot recognises, per language.</summary>
public sealed record PhraseKey(string Name)
{
    public override string ToString() => Name;
}
