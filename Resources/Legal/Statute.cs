namespace ReportBot.Resources.Legal;

/// <summary>A law (or a court decision, or an official instruction) that topics cite.</summary>
public sealed record Statute
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>A law, a court decision or an official instruction: decides how a topic's date is labelled.</summary>
    public StatuteKind Kind { get; init; } = StatuteKind.Law;

    /// <summary>The law's page on law.go.kr, when it has one.</summary>
    public string? Url { get; init; }
}
