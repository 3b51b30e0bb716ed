namespace ReportBot.Resources.Legal;

/// <summary>A piece of legal content in every language the bot speaks, as written in the content files.</summary>
public sealed record LocalizedText
{
    public string Ko { get; init; } = string.Empty;

    public string En { get; init; } = string.Empty;

    public string Get(Language language) => language == Language.Korean ? Ko : En;

    /// <summary>True when every language has text.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Ko) && !string.IsNullOrWhiteSpace(En);
}
