using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Resources.Legal;

/// <summary>The shipped legal content, as a support organisation would edit it: complete, linked, verified, dated.</summary>
public sealed class LegalContentTests
{
    private static readonly string ShippedDirectory = Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder);
    private static readonly LegalContentLoadResult Shipped = LegalContentLoader.Load(ShippedDirectory, LegalContentStore.IncidentTypeNames);

    private static LegalContent Content => Shipped.Content ?? throw new InvalidOperationException("The shipped content did not load: " + string.Join(" | ", Shipped.Problems));

    [Fact]
    public void Content_files_are_copied_beside_the_app_and_load_without_problems()
    {
        foreach (var file in new[] { LegalContentLoader.TopicsFile, LegalContentLoader.OptionsFile, LegalContentLoader.OrganisationsFile, LegalContentLoader.IncidentsFile })
        {
            Assert.True(File.Exists(Path.Combine(ShippedDirectory, file)), $"{file} is not in the output folder");
        }

        Assert.True(Shipped.Loaded, string.Join(Environment.NewLine, Shipped.Problems));
        Assert.Empty(Shipped.Problems);
    }

    [Fact]
    public void Every_entry_has_Korean_and_English_text()
    {
        var texts = Content.Statutes.Select(s => ($"statute {s.Id} name", s.Name))
            .Concat(Content.Topics.SelectMany(t => new[] { ($"topic {t.Id} title", t.Title), ($"topic {t.Id} article", t.Article), ($"topic {t.Id} covers", t.Covers) }))
            .Concat(Content.Topics.Where(t => t.Penalty is not null).Select(t => ($"topic {t.Id} penalty", t.Penalty!)))
            .Concat(Content.Options.SelectMany(o => new[] { ($"option {o.Id} title", o.Title), ($"option {o.Id} text", o.Text) }))
            .Concat(Content.Organisations.SelectMany(o => new[] { ($"organisation {o.Id} name", o.Name), ($"organisation {o.Id} services", o.Services) }))
            .Concat(Content.Organisations.Where(o => o.Hours is not null).Select(o => ($"organisation {o.Id} hours", o.Hours!)))
            .ToList();

        Assert.NotEmpty(texts);
        foreach (var (what, text) in texts)
        {
            Assert.True(ReportBot.Resources.LanguageExtensions.ContainsHangul(text.Ko), $"{what} has no Korean text");
            Assert.False(string.IsNullOrWhiteSpace(text.En), $"{what} has no English text");
        }
    }

    [Fact]
    public void Every_option_links_only_to_existing_topics_and_organisations()
    {
        foreach (var option in Content.Options)
        {
            Assert.True(option.Topics.Count + option.TopicsWhenRelevant.Count + option.Organisations.Count > 0, $"option {option.Id} rests on nothing");
            Assert.All(option.Topics.Concat(option.TopicsWhenRelevant), id => Assert.True(Content.FindTopic(id) is not null, $"option {option.Id} links to missing topic {id}"));
            Assert.All(option.Organisations, id => Assert.True(Content.FindOrganisation(id) is not null, $"option {option.Id} links to missing organisation {id}"));
        }
    }

    [Fact]
    public void Every_topic_has_a_source_url_a_reviewed_date_and_a_statute_and_laws_cite_law_go_kr()
    {
        foreach (var topic in Content.Topics)
        {
            Assert.True(Uri.TryCreate(topic.SourceUrl, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal), $"topic {topic.Id} has no source URL");
            Assert.NotEqual(default, topic.Reviewed);
            Assert.True(topic.Reviewed <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), $"topic {topic.Id} was reviewed in the future");
            var statute = Content.FindStatute(topic.Statute);
            Assert.NotNull(statute);
            if (statute.Url is not null && topic.Verification.Status == VerificationStatus.Verified)
            {
                Assert.StartsWith("https://www.law.go.kr/", topic.SourceUrl, StringComparison.Ordinal);
            }

            Assert.False(string.IsNullOrWhiteSpace(topic.Verification.Basis), $"topic {topic.Id} does not say what it was checked against");
        }
    }

    public static TheoryData<string, string> PhoneNumbers()
    {
        var data = new TheoryData<string, string>();
        foreach (var organisation in Content.Organisations)
        {
            foreach (var phone in organisation.Phones)
            {
                data.Add(organisation.Id, phone);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PhoneNumbers))]
    public void Phone_numbers_are_Korean_numbers_as_dialled(string organisation, string phone) =>
        Assert.True(KoreanPhoneNumber.IsValid(phone), $"{organisation}: '{phone}'");

    [Theory]
    [InlineData("1366", true)]
    [InlineData("112", true)]
    [InlineData("02-735-8994", true)]
    [InlineData("031-1388", false)]
    [InlineData("1899-3075", true)]
    [InlineData("010-1234-5678", true)]
    [InlineData("+82 2 735 8994", false)]
    [InlineData("02-735-899", false)]
    [InlineData("13660", false)]
    [InlineData("call 1366", false)]
    public void The_phone_check_accepts_Korean_numbers_and_refuses_others(string phone, bool valid) =>
        Assert.Equal(valid, KoreanPhoneNumber.IsValid(phone));

    [Fact]
    public void Every_incident_type_maps_to_a_verified_option_and_a_verified_organisation()
    {
        foreach (var type in Enum.GetValues<IncidentType>())
        {
            Assert.True(Content.Incidents.TryGetValue(type.ToString(), out var guide), $"{type} has no entry in incidents.json");
            Assert.Contains(guide.Options, id => Content.ShowableOption(id) is not null);
            Assert.Contains(guide.Organisations, id => Content.ShowableOrganisation(id) is not null);
        }
    }

    [Fact]
    public void Every_entry_records_how_it_was_verified_and_unconfirmed_facts_are_kept_for_reviewers()
    {
        var verifications = Content.Topics.Select(t => t.Verification)
            .Concat(Content.Options.Select(o => o.Verification))
            .Concat(Content.Organisations.Select(o => o.Verification))
            .ToList();

        Assert.All(verifications, v => Assert.False(string.IsNullOrWhiteSpace(v.Basis)));

        // The fact sheet's UNCONFIRMED rows stay in the data, marked, so a reviewer can check and enable them.
        Assert.Equal(VerificationStatus.Unconfirmed, Content.FindTopic("prosecution-manual-2018")!.Verification.Status);
        Assert.Equal(VerificationStatus.Unconfirmed, Content.FindOrganisation("ksvrc")!.Verification.Status);
    }
}
