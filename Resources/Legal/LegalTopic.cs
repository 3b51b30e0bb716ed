namespace ReportBot.Resources.Legal;

/// <summary>One article of law (or a few close ones): what it covers, its penalty, where to read it.</summary>
public sealed record LegalTopic
{
    public required string Id { get; init; }

    /// <summary>The id of the <see cref="Statute"/> it belongs to.</summary>
    public required string Statute { get; init; }

    public required LocalizedText Article { get; init; }

    public required LocalizedText Title { get; init; }

    public required LocalizedText Covers { get; init; }

    /// <summary>The penalty in force, or null when the article sets none or it is not confirmed.</summary>
    public LocalizedText? Penalty { get; init; }

    /// <summary>The latest amendment of the article found when it was reviewed, when known.</summary>
    public DateOnly? Amended { get; init; }

    /// <summary>
    /// The day the text as described took effect (from the statute's addenda; for a court decision, the day it was
    /// given). It can lie after <see cref="Amended"/> (a law promulgated now, in force months later) or in the future.
    /// </summary>
    public DateOnly? InForce { get; init; }

    public required string SourceUrl { get; init; }

    /// <summary>When a person last checked this entry against its source.</summary>
    public DateOnly Reviewed { get; init; }

    public required Verification Verification { get; init; }

    /// <summary>True when the text is already law on <paramref name="today"/>; false while it is passed but not yet in force.</summary>
    public bool IsInForceOn(DateOnly today) => InForce is not { } from || from <= today;
}
