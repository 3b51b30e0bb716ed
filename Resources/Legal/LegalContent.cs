namespace ReportBot.Resources.Legal;

/// <summary>
/// The legal-options content as loaded from Resources/Legal: statutes, topics, options, organisations and which of
/// them fit each incident type. Lookups return null for unknown ids; callers decide what may be shown.
/// </summary>
public sealed class LegalContent
{
    private readonly Dictionary<string, Statute> _statutes;
    private readonly Dictionary<string, LegalTopic> _topics;
    private readonly Dictionary<string, LegalOption> _options;
    private readonly Dictionary<string, SupportOrganisation> _organisations;

    public LegalContent(
        IReadOnlyList<Statute> statutes,
        IReadOnlyList<LegalTopic> topics,
        IReadOnlyList<LegalOption> options,
        IReadOnlyList<SupportOrganisation> organisations,
        IReadOnlyDictionary<string, IncidentGuide> incidents)
    {
        Statutes = statutes;
        Topics = topics;
        Options = options;
        Organisations = organisations;
        Incidents = incidents;

        // Duplicates are reported by the validator; the first entry wins here so lookups stay predictable.
        _statutes = ById(statutes, s => s.Id);
        _topics = ById(topics, t => t.Id);
        _options = ById(options, o => o.Id);
        _organisations = ById(organisations, o => o.Id);
    }

    public IReadOnlyList<Statute> Statutes { get; }

    public IReadOnlyList<LegalTopic> Topics { get; }

    public IReadOnlyList<LegalOption> Options { get; }

    public IReadOnlyList<SupportOrganisation> Organisations { get; }

    /// <summary>Guides by incident type name (the names of the bot's IncidentType enum).</summary>
    public IReadOnlyDictionary<string, IncidentGuide> Incidents { get; }

    public Statute? FindStatute(string id) => _statutes.GetValueOrDefault(id);

    public LegalTopic? FindTopic(string id) => _topics.GetValueOrDefault(id);

    public LegalOption? FindOption(string id) => _options.GetValueOrDefault(id);

    public SupportOrganisation? FindOrganisation(string id) => _organisations.GetValueOrDefault(id);

    /// <summary>The topic, only when it exists and may be shown.</summary>
    public LegalTopic? ShowableTopic(string id) => FindTopic(id) is { Verification.Showable: true } topic ? topic : null;

    public LegalOption? ShowableOption(string id) => FindOption(id) is { Verification.Showable: true } option ? option : null;

    public SupportOrganisation? ShowableOrganisation(string id) =>
        FindOrganisation(id) is { Verification.Showable: true } organisation ? organisation : null;

    /// <summary>
    /// The first day an option can be used: its own <see cref="LegalOption.InForce"/> or, if later, that of a law it
    /// always rests on. Null when nothing about it waits for a future date.
    /// </summary>
    public DateOnly? AvailableFrom(LegalOption option) =>
        option.Topics.Select(FindTopic).OfType<LegalTopic>().Select(t => t.InForce).Append(option.InForce).Max();

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(id(item), item);
        }

        return map;
    }
}
