namespace ReportBot.Resources;

/// <summary>A typed key into the string catalog (the JSON files under Resources/Strings).</summary>
public sealed record TextKey(string Name)
{
    public override string ToString() => Name;
}
