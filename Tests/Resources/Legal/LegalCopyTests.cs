using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Resources.Legal;

/// <summary>How the legal content and the bot's strings read in Korean, and how dates of law are kept.</summary>
public sealed class LegalCopyTests
{
    private static readonly LegalContent Content = LegalContentLoader.Load(
        Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder), LegalContentStore.IncidentTypeNames).Content!;

    private static readonly TextCatalog Texts = new();

    /// <summary>"당신" reads as distant or confrontational in Korean; the bot leaves the subject out or says "본인".</summary>
    private const string Dangsin = "당신";

    [Fact]
    public void No_Korean_legal_text_addresses_the_survivor_as_dangsin()
    {
        var korean = Content.Statutes.Select(s => ($"statute {s.Id}", s.Name.Ko))
            .Concat(Content.Topics.SelectMany(t => new[] { t.Article, t.Title, t.Covers }.Concat(t.Penalty is null ? [] : [t.Penalty]).Select(x => ($"topic {t.Id}", x.Ko))))
            .Concat(Content.Options.SelectMany(o => new[] { ($"option {o.Id}", o.Title.Ko), ($"option {o.Id}", o.Text.Ko) }))
            .Concat(Content.Organisations.SelectMany(o => new[] { o.Name, o.Services }.Concat(o.Hours is null ? [] : [o.Hours]).Select(x => ($"organisation {o.Id}", x.Ko))))
            .ToList();

        Assert.True(korean.Count > 100);
        Assert.Empty(korean.Where(k => k.Item2.Contains(Dangsin, StringComparison.Ordinal)).Select(k => k.Item1));
    }

    [Fact]
    public void No_Korean_string_of_the_bot_addresses_the_survivor_as_dangsin()
    {
        var offending = Texts.Keys.Where(k => Texts.Get(new TextKey(k), Language.Korean).Contains(Dangsin, StringComparison.Ordinal)).ToList();

        Assert.Contains("crisis.emergency", Texts.Keys);
        Assert.Empty(offending);
    }

    [Fact]
    public void Every_topic_naming_an_amendment_says_when_it_took_effect_and_every_shown_topic_has_that_date()
    {
        Assert.All(Content.Topics.Where(t => t.Amended is not null), t => Assert.True(t.InForce >= t.Amended, $"topic {t.Id}: amended {t.Amended}, in force {t.InForce}"));
        Assert.All(Content.Topics.Where(t => t.Verification.Showable), t => Assert.True(t.InForce is not null, $"topic {t.Id} has no inForce date"));

        // The two dates the review found confused: the Network Act's 2026 fine, promulgated 2026-01-06, applies from 2026-07-07.
        var cyber = Content.FindTopic("network-70-cyber-defamation")!;
        Assert.Equal(new DateOnly(2026, 1, 6), cyber.Amended);
        Assert.Equal(new DateOnly(2026, 7, 7), cyber.InForce);
        Assert.Equal(new DateOnly(2027, 4, 22), Content.FindTopic("stalking-17-5-protection-order")!.InForce);
    }

    [Fact]
    public void Shown_laws_and_decisions_cite_law_go_kr_or_a_government_site_never_a_blog()
    {
        var official = new[] { "https://www.law.go.kr/", "https://m.easylaw.go.kr/", "https://easylaw.go.kr/" };
        Assert.All(
            Content.Topics.Where(t => t.Verification.Showable),
            t => Assert.True(official.Any(o => t.SourceUrl.StartsWith(o, StringComparison.Ordinal)), $"topic {t.Id} cites {t.SourceUrl}"));
    }

    [Fact]
    public void The_legal_menu_names_each_incident_type_exactly_as_the_report_asked_about_it()
    {
        foreach (var (type, reportLabel) in ReportChoices.Types)
        {
            Assert.Equal(reportLabel, IncidentTypeLabels.For(type));
        }

        var menu = LegalOptionsDialog.BrowseChoices();
        foreach (var type in Enum.GetValues<IncidentType>())
        {
            var choice = Assert.Single(menu, c => c.Value == "type:" + type);
            foreach (var language in Enum.GetValues<Language>())
            {
                Assert.Equal(Texts.Get(ReportChoices.Label(ReportChoices.Types, type), language), Texts.Get(new TextKey(choice.LabelKey), language));
            }
        }
    }

    [Theory]
    [InlineData(Language.Korean, "해바라기센터: 1366에 전화하면 가까운 곳을 안내받을 수 있어요")]
    [InlineData(Language.English, "Sunflower Centres (해바라기센터): call 1366 to be referred to the nearest one")]
    public void The_Sunflower_Centres_show_1366_as_the_referral_line_it_is(Language language, string expected)
    {
        var reading = LegalReadingPlan.ForIncidents(Content, [IncidentType.SexualAssault]);
        var help = reading.Chunks.Where(c => c.StartsWith(LegalReadingPlan.OrganisationsPrefix, StringComparison.Ordinal))
            .Select(c => LegalChunkRenderer.Render(Content, c, reading.RelevantTopics, language, Texts, new DateOnly(2026, 12, 5))!)
            .ToList();

        Assert.Contains(help, t => t.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(help, t => t.Contains("해바라기센터: 1366\n", StringComparison.Ordinal) || t.EndsWith("해바라기센터: 1366", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeping_evidence_no_longer_rests_on_the_courts_evidence_preservation_procedure()
    {
        var keep = Content.FindOption("keep-evidence")!;

        Assert.DoesNotContain("sca-41-evidence", keep.Topics.Concat(keep.TopicsWhenRelevant));
    }

    [Fact]
    public void The_organisations_other_features_reference_exist_under_stable_ids_and_the_image_tools_are_described_from_their_own_pages()
    {
        Assert.NotNull(Content.ShowableOrganisation("digital-sex-crime-center"));
        Assert.NotNull(Content.FindOrganisation("media-review-commission"));
        var stopNcii = Content.ShowableOrganisation("stopncii")!;
        var takeItDown = Content.ShowableOrganisation("take-it-down")!;

        Assert.Equal("stopncii.org", stopNcii.Website);
        Assert.Contains("never uploaded", stopNcii.Services.En, StringComparison.Ordinal);
        Assert.Equal("takeitdown.ncmec.org", takeItDown.Website);
        Assert.Contains("before you were 18", takeItDown.Services.En, StringComparison.Ordinal);
    }
}
