using Newtonsoft.Json.Linq;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// What a survivor told about one incident. Every part is optional: null means they skipped it. Nothing in it
/// identifies the survivor, and the relationship to the other person is a kind, never a name.
/// </summary>
public sealed record IncidentReport
{
    /// <summary>The longest story kept, across all the messages it was told in.</summary>
    public const int MaxNarrativeChars = 20_000;

    /// <summary>The longest single message taken for the story.</summary>
    public const int MaxNarrativePartChars = 4_000;

    public const int MaxPlaceChars = 200;

    public const int MaxAdditions = 50;

    public List<IncidentType>? Types { get; init; }

    /// <summary>The story in the survivor's own words, one entry per message they sent.</summary>
    public List<string>? Narrative { get; init; }

    public IncidentPeriod? When { get; init; }

    /// <summary>City or region, or the online platform, as the survivor wrote it.</summary>
    public string? Place { get; init; }

    public Relationship? Relationship { get; init; }

    public List<EvidenceKind>? Evidence { get; init; }

    public OnlineStatus? StillOnline { get; init; }

    public List<Disclosure>? Disclosures { get; init; }

    public List<SupportWish>? Wishes { get; init; }

    /// <summary>
    /// Answers to questions without a property of their own, by question field, as JSON (see
    /// <c>AnswerSlot.InReport</c>): a question added to the report keeps its answer here.
    /// </summary>
    public Dictionary<string, JToken>? Answers { get; init; }

    /// <summary>Answers kept as the survivor wrote them (by question field) when a choice could not be read twice.</summary>
    public Dictionary<string, string>? WrittenAnswers { get; init; }

    /// <summary>What the survivor added later with their case code.</summary>
    public List<ReportAddition> Additions { get; init; } = [];
}
