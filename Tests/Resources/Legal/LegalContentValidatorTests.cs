using System.Text.Json.Nodes;
using ReportBot.Dialogs.Legal;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Resources.Legal;

/// <summary>Mistakes an editor can make are caught at load, named by file and entry, and nothing half-broken is served.</summary>
public sealed class LegalContentValidatorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "reportbot-legal-" + Guid.NewGuid().ToString("N"));

    public LegalContentValidatorTests()
    {
        Directory.CreateDirectory(_directory);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder), "*.json"))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void A_misspelt_field_is_reported_with_its_file_instead_of_ignored()
    {
        Edit(LegalContentLoader.TopicsFile, root => root["topics"]![0]!["penalti"] = "x");

        var result = Load();

        Assert.Null(result.Content);
        Assert.Contains(result.Problems, p => p.StartsWith("topics.json could not be read", StringComparison.Ordinal) && p.Contains("penalti", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_linking_to_a_missing_topic_is_reported()
    {
        Edit(LegalContentLoader.OptionsFile, root => root["options"]![0]!["topics"]!.AsArray().Add("no-such-topic"));

        var result = Load();

        Assert.Null(result.Content);
        Assert.Contains("options.json: option 'report-police' links to the unknown topic 'no-such-topic'.", result.Problems);
    }

    [Fact]
    public void An_option_put_first_for_a_reason_no_report_gives_is_reported()
    {
        Edit(LegalContentLoader.OptionsFile, root => root["options"]![0]!["firstWhen"] = new JsonArray("Takedown"));

        var result = Load();

        Assert.Null(result.Content);
        Assert.Contains(result.Problems, p => p.StartsWith("options.json: option 'report-police' has the firstWhen 'Takedown', which is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reason_an_option_can_be_put_first_for_is_one_a_report_gives()
    {
        string[] fromReports = [.. Enum.GetNames<ReportBot.Dialogs.Reports.SupportWish>(), nameof(ReportBot.Dialogs.Reports.OnlineStatus.StillOnline), ReportBot.Dialogs.Legal.LegalReadingPlan.Lawsuit];

        Assert.Equal(fromReports.Order(), LegalOption.FirstWhenReasons.Order());
    }

    [Fact]
    public void A_topic_with_an_amendment_date_but_no_in_force_date_is_reported()
    {
        Edit(LegalContentLoader.TopicsFile, root => root["topics"]![0]!.AsObject().Remove("inForce"));

        var result = Load();

        Assert.Null(result.Content);
        Assert.Contains(result.Problems, p => p.StartsWith("topics.json: topic 'sca-14-filming' needs an 'inForce' date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_in_force_before_its_amendment_is_reported()
    {
        Edit(LegalContentLoader.TopicsFile, root => root["topics"]![0]!["inForce"] = "2019-01-01");

        var result = Load();

        Assert.Contains("topics.json: topic 'sca-14-filming' has an 'inForce' date (2019-01-01) before its 'amended' date (2020-05-19); an amendment cannot take effect before it is made.", result.Problems);
    }

    [Fact]
    public void An_unconfirmed_topic_may_lack_an_in_force_date_while_it_names_no_amendment()
    {
        var result = Load();

        Assert.True(result.Loaded, string.Join(" | ", result.Problems));
        Assert.Null(result.Content!.FindTopic("eea-12-employer-fine")!.InForce);
    }

    [Fact]
    public void A_missing_English_text_is_reported()
    {
        Edit(LegalContentLoader.TopicsFile, root => root["topics"]![0]!["covers"]!["en"] = " ");

        var result = Load();

        Assert.Contains("topics.json: topic 'sca-14-filming' needs 'covers' in both Korean (ko) and English (en).", result.Problems);
    }

    [Fact]
    public void A_phone_number_in_the_wrong_format_is_reported()
    {
        Edit(LegalContentLoader.OrganisationsFile, root => root["organisations"]![0]!["phones"]![0] = "+82-2-735-8994");

        var result = Load();

        Assert.Contains(result.Problems, p => p.Contains("'+82-2-735-8994'", StringComparison.Ordinal) && p.StartsWith("organisations.json: organisation 'digital-sex-crime-center'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_without_a_source_url_or_reviewed_date_is_reported()
    {
        Edit(LegalContentLoader.TopicsFile, root =>
        {
            root["topics"]![1]!["sourceUrl"] = "law.go.kr";
            root["topics"]![1]!.AsObject().Remove("reviewed");
        });

        var result = Load();

        Assert.Contains("topics.json: topic 'sca-14-distribution' needs a sourceUrl starting with https:// or http://.", result.Problems);
        Assert.Contains("topics.json: topic 'sca-14-distribution' needs a 'reviewed' date (YYYY-MM-DD).", result.Problems);
    }

    [Fact]
    public void An_incident_type_left_out_or_with_only_unconfirmed_help_is_reported()
    {
        Edit(LegalContentLoader.IncidentsFile, root =>
        {
            root["incidents"]!.AsObject().Remove("Stalking");
            root["incidents"]!["CounterLawsuit"]!["organisations"] = new JsonArray("ksvrc");
        });

        var result = Load();

        Assert.Contains("incidents.json has no entry for the incident type 'Stalking'.", result.Problems);
        Assert.Contains("incidents.json: 'CounterLawsuit' has no verified organisation to show.", result.Problems);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        File.Delete(Path.Combine(_directory, LegalContentLoader.OrganisationsFile));

        var result = Load();

        Assert.Null(result.Content);
        Assert.Contains(result.Problems, p => p.StartsWith("organisations.json was not found", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_reviewed_longer_ago_than_allowed_are_found_as_stale()
    {
        Edit(LegalContentLoader.TopicsFile, root => root["topics"]![0]!["reviewed"] = "2025-10-01");
        var content = Load().Content!;

        var stale = LegalContentStaleness.Find(content, new DateOnly(2026, 11, 25), maxAgeMonths: 12);

        Assert.Equal([new StaleEntry("topic", "sca-14-filming", new DateOnly(2025, 10, 1))], stale);
        Assert.Empty(LegalContentStaleness.Find(content, new DateOnly(2026, 9, 30), maxAgeMonths: 12));
        Assert.Equal(new DateOnly(2025, 10, 1), LegalContentStaleness.OldestReview(content));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private LegalContentLoadResult Load() => LegalContentLoader.Load(_directory, LegalContentStore.IncidentTypeNames);

    private void Edit(string file, Action<JsonNode> change)
    {
        var path = Path.Combine(_directory, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        change(root);
        File.WriteAllText(path, root.ToJsonString());
    }
}
