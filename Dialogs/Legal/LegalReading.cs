namespace ReportBot.Dialogs.Legal;

/// <summary>
/// What the survivor is reading: chunk references ("option:takedown", "topic:sca-14-filming", "orgs:a,b") and the
/// topics that fit their situation. References, not rendered text, so that a language switch re-renders them.
/// </summary>
public sealed record LegalReading
{
    public List<string> Chunks { get; init; } = [];

    /// <summary>Topics of the survivor's incident types, cited with options whose laws depend on the situation.</summary>
    public List<string> RelevantTopics { get; init; } = [];
}
