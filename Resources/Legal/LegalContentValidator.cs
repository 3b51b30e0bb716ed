namespace ReportBot.Resources.Legal;

/// <summary>
/// Finds mistakes an editor can make in the content files: missing translations, links to ids that do not exist,
/// bad phone numbers or addresses, missing review dates, incident types with nothing to show. Each problem names
/// the file and the entry, so a support organisation can fix it without a developer.
/// </summary>
public static class LegalContentValidator
{
    private static readonly string[] KnownLanguages = ["ko", "en"];

    public static IReadOnlyList<string> Validate(LegalContent content, IReadOnlyCollection<string> incidentTypes)
    {
        var problems = new List<string>();
        Duplicates(problems, "topics.json", "statute", content.Statutes.Select(s => s.Id));
        Duplicates(problems, "topics.json", "topic", content.Topics.Select(t => t.Id));
        Duplicates(problems, "options.json", "option", content.Options.Select(o => o.Id));
        Duplicates(problems, "organisations.json", "organisation", content.Organisations.Select(o => o.Id));

        foreach (var statute in content.Statutes)
        {
            Text(problems, $"topics.json: statute '{statute.Id}'", "name", statute.Name);
            if (statute.Url is not null && !IsWebAddress(statute.Url))
            {
                problems.Add($"topics.json: statute '{statute.Id}' has a url that is not an http(s) address.");
            }
        }

        foreach (var topic in content.Topics)
        {
            var where = $"topics.json: topic '{topic.Id}'";
            if (content.FindStatute(topic.Statute) is null)
            {
                problems.Add($"{where} names the unknown statute '{topic.Statute}'.");
            }

            Text(problems, where, "article", topic.Article);
            Text(problems, where, "title", topic.Title);
            Text(problems, where, "covers", topic.Covers);
            OptionalText(problems, where, "penalty", topic.Penalty);
            if (!IsWebAddress(topic.SourceUrl))
            {
                problems.Add($"{where} needs a sourceUrl starting with https:// or http://.");
            }

            InForce(problems, where, topic);
            Reviewed(problems, where, topic.Reviewed);
            Basis(problems, where, topic.Verification);
        }

        foreach (var option in content.Options)
        {
            var where = $"options.json: option '{option.Id}'";
            Text(problems, where, "title", option.Title);
            Text(problems, where, "text", option.Text);
            Links(problems, where, "topic", option.Topics.Concat(option.TopicsWhenRelevant), id => content.FindTopic(id) is not null);
            Links(problems, where, "organisation", option.Organisations, id => content.FindOrganisation(id) is not null);
            if (option.Topics.Count + option.TopicsWhenRelevant.Count + option.Organisations.Count == 0)
            {
                problems.Add($"{where} links to no topic and no organisation: say what it rests on.");
            }

            foreach (var reason in option.FirstWhen.Where(r => !LegalOption.FirstWhenReasons.Contains(r)))
            {
                problems.Add($"{where} has the firstWhen '{reason}', which is not one of {string.Join(", ", LegalOption.FirstWhenReasons)}.");
            }

            Reviewed(problems, where, option.Reviewed);
            Basis(problems, where, option.Verification);
        }

        foreach (var organisation in content.Organisations)
        {
            ValidateOrganisation(problems, organisation);
        }

        ValidateIncidents(problems, content, incidentTypes);
        return problems;
    }

    private static void ValidateOrganisation(List<string> problems, SupportOrganisation organisation)
    {
        var where = $"organisations.json: organisation '{organisation.Id}'";
        Text(problems, where, "name", organisation.Name);
        Text(problems, where, "services", organisation.Services);
        OptionalText(problems, where, "hours", organisation.Hours);
        foreach (var phone in organisation.Phones.Where(p => !KoreanPhoneNumber.IsValid(p)))
        {
            problems.Add($"{where} has the phone number '{phone}', which is not a Korean number as dialled (e.g. 1366, 132, 02-735-8994).");
        }

        if (organisation.Phones.Count == 0 && string.IsNullOrWhiteSpace(organisation.Website))
        {
            problems.Add($"{where} has neither a phone number nor a website: say how to reach it.");
        }

        if (organisation.Website is { } website && (website.Length == 0 || website.Any(char.IsWhiteSpace) || !website.Contains('.', StringComparison.Ordinal)))
        {
            problems.Add($"{where} has a website that is not an address.");
        }

        foreach (var language in organisation.Languages.Where(l => !KnownLanguages.Contains(l)))
        {
            problems.Add($"{where} lists the language '{language}'; use ko or en.");
        }

        Reviewed(problems, where, organisation.Reviewed);
        Basis(problems, where, organisation.Verification);
    }

    private static void ValidateIncidents(List<string> problems, LegalContent content, IReadOnlyCollection<string> incidentTypes)
    {
        foreach (var missing in incidentTypes.Where(t => !content.Incidents.ContainsKey(t)))
        {
            problems.Add($"incidents.json has no entry for the incident type '{missing}'.");
        }

        foreach (var (name, guide) in content.Incidents)
        {
            var where = $"incidents.json: '{name}'";
            if (!incidentTypes.Contains(name))
            {
                problems.Add($"{where} is not an incident type the bot knows ({string.Join(", ", incidentTypes)}).");
            }

            Links(problems, where, "option", guide.Options, id => content.FindOption(id) is not null);
            Links(problems, where, "topic", guide.Topics, id => content.FindTopic(id) is not null);
            Links(problems, where, "organisation", guide.Organisations, id => content.FindOrganisation(id) is not null);
            if (!guide.Options.Any(id => content.ShowableOption(id) is not null))
            {
                problems.Add($"{where} has no verified option to show.");
            }

            if (!guide.Organisations.Any(id => content.ShowableOrganisation(id) is not null))
            {
                problems.Add($"{where} has no verified organisation to show.");
            }
        }
    }

    private static void Duplicates(List<string> problems, string file, string kind, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add($"{file}: a {kind} has no id.");
            }
        }

        foreach (var group in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{file}: the {kind} id '{group.Key}' is used {group.Count()} times.");
        }
    }

    private static void Text(List<string> problems, string where, string field, LocalizedText? text)
    {
        if (text is null || !text.IsComplete)
        {
            problems.Add($"{where} needs '{field}' in both Korean (ko) and English (en).");
        }
    }

    private static void OptionalText(List<string> problems, string where, string field, LocalizedText? text)
    {
        if (text is not null)
        {
            Text(problems, where, field, text);
        }
    }

    private static void Links(List<string> problems, string where, string kind, IEnumerable<string> ids, Func<string, bool> exists)
    {
        foreach (var id in ids.Where(i => !exists(i)))
        {
            problems.Add($"{where} links to the unknown {kind} '{id}'.");
        }
    }

    private static void InForce(List<string> problems, string where, LegalTopic topic)
    {
        // Shown law always says when it took effect; an unconfirmed entry may lack the date, unless it names an amendment.
        if (topic.InForce is not { } inForce)
        {
            if (!topic.Verification.Showable && topic.Amended is null)
            {
                return;
            }

            problems.Add($"{where} needs an 'inForce' date (YYYY-MM-DD): the day the text took effect, from the statute's addenda (for a court decision, the day it was given).");
            return;
        }

        if (topic.Amended is { } amended && inForce < amended)
        {
            problems.Add($"{where} has an 'inForce' date ({inForce:yyyy-MM-dd}) before its 'amended' date ({amended:yyyy-MM-dd}); an amendment cannot take effect before it is made.");
        }
    }

    private static void Reviewed(List<string> problems, string where, DateOnly reviewed)
    {
        if (reviewed == default)
        {
            problems.Add($"{where} needs a 'reviewed' date (YYYY-MM-DD).");
        }
    }

    private static void Basis(List<string> problems, string where, Verification? verification)
    {
        if (verification is null || string.IsNullOrWhiteSpace(verification.Basis))
        {
            problems.Add($"{where} needs verification.basis: the sources read and what is left to check.");
        }
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
