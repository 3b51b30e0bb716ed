namespace ReportBot.Resources.Legal;

/// <summary>What fits one kind of incident: the options first, then the laws, then where to get help, in order.</summary>
public sealed record IncidentGuide
{
    public IReadOnlyList<string> Options { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Organisations { get; init; } = [];
}
