namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// A first message at the menu that starts telling what happened: the words, kept as the beginning of the account, and
/// the incident types they clearly name (empty when unclear, and then the report asks).
/// </summary>
public sealed record StoryStart(string Words, IReadOnlyList<string> Types)
{
    /// <summary>The kinds as incident types (the values are always the report's own, <c>ReportChoices.TypeValues</c>).</summary>
    public IReadOnlyList<Reports.IncidentType> NamedKinds() => [.. Types.Select(Enum.Parse<Reports.IncidentType>)];

    /// <summary>The legal options were just read (the story went on during them): its questions about them are answered.</summary>
    public bool AfterLegalOptions { get; init; }
}
