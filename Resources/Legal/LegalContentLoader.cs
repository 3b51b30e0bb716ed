using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Resources.Legal;

/// <summary>
/// Reads the legal content from its folder at run time (not compiled in), so a support organisation can edit the
/// JSON files and restart. Unknown fields are errors, so a misspelt field name is caught instead of ignored.
/// </summary>
public static class LegalContentLoader
{
    public const string TopicsFile = "topics.json";
    public const string OptionsFile = "options.json";
    public const string OrganisationsFile = "organisations.json";
    public const string IncidentsFile = "incidents.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static LegalContentLoadResult Load(string directory, IReadOnlyCollection<string> incidentTypes)
    {
        var problems = new List<string>();
        var topics = Read<TopicsDocument>(directory, TopicsFile, problems);
        var options = Read<OptionsDocument>(directory, OptionsFile, problems);
        var organisations = Read<OrganisationsDocument>(directory, OrganisationsFile, problems);
        var incidents = Read<IncidentsDocument>(directory, IncidentsFile, problems);
        if (topics is null || options is null || organisations is null || incidents is null)
        {
            return new LegalContentLoadResult(directory, null, problems);
        }

        var content = new LegalContent(topics.Statutes, topics.Topics, options.Options, organisations.Organisations, incidents.Incidents);
        problems.AddRange(LegalContentValidator.Validate(content, incidentTypes));
        return new LegalContentLoadResult(directory, problems.Count == 0 ? content : null, problems);
    }

    private static T? Read<T>(string directory, string file, List<string> problems)
        where T : class
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            problems.Add($"{file} was not found in {directory}.");
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var document = JsonSerializer.Deserialize<T>(stream, JsonOptions);
            if (document is null)
            {
                problems.Add($"{file} is empty.");
            }

            return document;
        }
        catch (JsonException invalid)
        {
            // The message names the line and the JSON path; the files hold no survivor data, so it is safe to show.
            problems.Add($"{file} could not be read: {invalid.Message}");
            return null;
        }
        catch (IOException unreadable)
        {
            problems.Add($"{file} could not be opened: {unreadable.GetType().Name}.");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add($"{file} could not be opened: access denied.");
            return null;
        }
    }

    private sealed record TopicsDocument
    {
        public string? Note { get; init; }

        public IReadOnlyList<Statute> Statutes { get; init; } = [];

        public IReadOnlyList<LegalTopic> Topics { get; init; } = [];
    }

    private sealed record OptionsDocument
    {
        public string? Note { get; init; }

        public IReadOnlyList<LegalOption> Options { get; init; } = [];
    }

    private sealed record OrganisationsDocument
    {
        public string? Note { get; init; }

        public IReadOnlyList<SupportOrganisation> Organisations { get; init; } = [];
    }

    private sealed record IncidentsDocument
    {
        public string? Note { get; init; }

        public IReadOnlyDictionary<string, IncidentGuide> Incidents { get; init; } = new Dictionary<string, IncidentGuide>();
    }
}
