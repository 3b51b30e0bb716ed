namespace ReportBot.Resources.Legal;

/// <summary>Something a survivor can do (report, ask for takedown, get a lawyer...), and what it rests on.</summary>
public sealed record LegalOption
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Two or three short sentences, read on a phone.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Topics the option always rests on, always cited with it.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Topics cited only when the survivor's incident lists them (the crime that fits their report).</summary>
    public IReadOnlyList<string> TopicsWhenRelevant { get; init; } = [];

    /// <summary>Organisations that help with this option.</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>When the option rests on law not yet in force: the day it becomes available. Null: available now.</summary>
    /// <summary>
    /// When a report says one of these, this option is read first (<see cref="FirstWhenReasons"/>): a survivor who asked
    /// for help getting images down, or whose images are still online, reads about takedown before the police.
    /// </summary>
    public IReadOnlyList<string> FirstWhen { get; init; } = [];

    /// <summary>
    /// What <see cref="FirstWhen"/> may name: what a report says would help now, that it is still online, and that it tells
    /// of a suit against the survivor ("Lawsuit": threatened, or asked about).
    /// </summary>
    public static readonly IReadOnlyList<string> FirstWhenReasons = ["StillOnline", "Lawsuit", "TakedownHelp", "LegalHelp", "JustRecord", "Information", "TalkToCounsellor"];

    public DateOnly? InForce { get; init; }

    public DateOnly Reviewed { get; init; }

    public required Verification Verification { get; init; }

    /// <summary>True when the survivor can already use this option on <paramref name="today"/>.</summary>
    public bool IsInForceOn(DateOnly today) => InForce is not { } from || from <= today;
}
