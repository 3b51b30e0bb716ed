using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Legal;

namespace ReportBot.Dialogs.Legal;

/// <summary>
/// Orders what to read, in chunks a person on a phone can take in: for incident types, the options first (what can
/// I do?), then the laws, then where to get help. Entries that are not verified are left out here, and again when
/// rendered, so an unconfirmed fact can never be shown.
/// </summary>
public static class LegalReadingPlan
{
    public const string OptionPrefix = "option:";
    public const string TopicPrefix = "topic:";
    public const string OrganisationsPrefix = "orgs:";

    /// <summary>The reason a report gives when it tells of a suit against the survivor (<see cref="LegalOption.FirstWhen"/>).</summary>
    public const string Lawsuit = "Lawsuit";

    /// <summary>Organisations per chunk: each has a name, numbers, hours and a line on what it does.</summary>
    private const int OrganisationsPerChunk = 2;

    /// <summary>
    /// The options, laws and help for these incident types. <paramref name="reasons"/> are what a report said, most
    /// pressing first (<see cref="LegalOption.FirstWhenReasons"/>): an option read first for one of them moves ahead of
    /// the rest, in the order of the reasons, and the others keep the order incidents.json gives.
    /// </summary>
    public static LegalReading ForIncidents(LegalContent content, IEnumerable<IncidentType> types, IReadOnlyList<string>? reasons = null)
    {
        var guides = types.Distinct()
            .Select(t => content.Incidents.GetValueOrDefault(t.ToString()))
            .OfType<IncidentGuide>()
            .ToList();
        var options = guides.SelectMany(g => g.Options).Distinct().Where(id => content.ShowableOption(id) is not null).ToList();
        if (reasons is { Count: > 0 })
        {
            // A stable sort: by the first reason the option answers, those that answer none last.
            options = options
                .Select((id, index) => (id, index, rank: Rank(content.FindOption(id)!, reasons)))
                .OrderBy(o => o.rank)
                .ThenBy(o => o.index)
                .Select(o => o.id)
                .ToList();
        }

        var topics = guides.SelectMany(g => g.Topics).Distinct().Where(id => content.ShowableTopic(id) is not null).ToList();
        var organisations = guides.SelectMany(g => g.Organisations).Distinct().Where(id => content.ShowableOrganisation(id) is not null);

        var chunks = options.Select(id => OptionPrefix + id)
            .Concat(topics.Select(id => TopicPrefix + id))
            .Concat(OrganisationChunks(organisations))
            .ToList();
        return new LegalReading { Chunks = chunks, RelevantTopics = topics };
    }

    /// <summary>The first of <paramref name="reasons"/> that an option is read first for; past the end if none.</summary>
    private static int Rank(LegalOption option, IReadOnlyList<string> reasons)
    {
        for (var i = 0; i < reasons.Count; i++)
        {
            if (option.FirstWhen.Contains(reasons[i], StringComparer.Ordinal))
            {
                return i;
            }
        }

        return reasons.Count;
    }

    /// <summary>
    /// What a report said that decides what to read first, most pressing first: images still online, then a suit against
    /// the survivor (threatened or asked about), then getting images down, then legal help, then keeping a record.
    /// </summary>
    public static IReadOnlyList<string> ReasonsFrom(IReadOnlyCollection<SupportWish> wishes, OnlineStatus? online, bool lawsuit = false)
    {
        var reasons = new List<string>();
        if (online == OnlineStatus.StillOnline)
        {
            reasons.Add(nameof(OnlineStatus.StillOnline));
        }

        if (lawsuit)
        {
            reasons.Add(Lawsuit);
        }

        foreach (var wish in (ReadOnlySpan<SupportWish>)[SupportWish.TakedownHelp, SupportWish.LegalHelp, SupportWish.JustRecord])
        {
            if (wishes.Contains(wish))
            {
                reasons.Add(wish.ToString());
            }
        }

        return reasons;
    }

    /// <summary>What protects who a survivor is when they report: a pseudonym in the record, then identity protection.</summary>
    public static readonly IReadOnlyList<string> IdentityOptions = ["pseudonymous-statement", "identity-protection"];

    /// <summary>Who can say what it means in one's own case: free legal advice, then the 24-hour line.</summary>
    public static readonly IReadOnlyList<string> IdentityOrganisations = ["legal-aid-132", "women-emergency-1366"];

    /// <summary>
    /// The answer to "if I report, will my name be known?": the options that protect one's identity (with the laws each
    /// cites) and who can advise on one's own case. Entries that are not verified are left out.
    /// </summary>
    public static LegalReading ForIdentity(LegalContent content) => new()
    {
        Chunks = IdentityOptions.Where(id => content.ShowableOption(id) is not null).Select(id => OptionPrefix + id)
            .Concat(OrganisationChunks(IdentityOrganisations.Where(id => content.ShowableOrganisation(id) is not null)))
            .ToList(),
    };

    /// <summary>Every law the content explains, one at a time.</summary>
    public static LegalReading AllLaws(LegalContent content) => new()
    {
        Chunks = content.Topics.Where(t => t.Verification.Showable).Select(t => TopicPrefix + t.Id).ToList(),
    };

    /// <summary>Every organisation, a couple at a time.</summary>
    public static LegalReading AllHelp(LegalContent content) => new()
    {
        Chunks = OrganisationChunks(content.Organisations.Where(o => o.Verification.Showable).Select(o => o.Id)).ToList(),
    };

    private static IEnumerable<string> OrganisationChunks(IEnumerable<string> ids) =>
        ids.Chunk(OrganisationsPerChunk).Select(group => OrganisationsPrefix + string.Join(',', group));
}
