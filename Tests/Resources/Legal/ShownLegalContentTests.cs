using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Resources.Legal;

/// <summary>Everything the bot can show, in both languages: no unconfirmed fact, and every chunk carries its source and date.</summary>
public sealed class ShownLegalContentTests
{
    private static readonly LegalContent Content = LegalContentLoader.Load(
        Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder), LegalContentStore.IncidentTypeNames).Content!;

    private static readonly TextCatalog Texts = new();

    [Fact]
    public void No_unconfirmed_entry_is_ever_shown_in_any_language()
    {
        var shown = EverythingShown().ToList();
        var unconfirmed = Content.Topics.Where(t => !t.Verification.Showable).SelectMany(t => new[] { t.Title, t.Covers })
            .Concat(Content.Options.Where(o => !o.Verification.Showable).SelectMany(o => new[] { o.Title, o.Text }))
            .Concat(Content.Organisations.Where(o => !o.Verification.Showable).SelectMany(o => new[] { o.Name, o.Services }))
            .SelectMany(t => new[] { t.Ko, t.En })
            .ToList();
        var unconfirmedPhones = Content.Organisations.Where(o => !o.Verification.Showable).SelectMany(o => o.Phones).ToList();

        Assert.NotEmpty(unconfirmed);
        Assert.Contains("1350", unconfirmedPhones);
        foreach (var text in shown)
        {
            Assert.DoesNotContain(unconfirmed, u => text.Contains(u, StringComparison.Ordinal));
            Assert.DoesNotContain(unconfirmedPhones, p => text.Contains(p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_shown_chunk_names_its_last_review_and_every_law_its_source()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var reviewedLabel = language == Language.Korean ? "마지막 검토: 2026년 11월 25일" : "Last reviewed: 25 November 2026";
            foreach (var (chunk, text) in Chunks(language))
            {
                Assert.Contains(reviewedLabel, text, StringComparison.Ordinal);
                if (chunk.StartsWith(LegalReadingPlan.TopicPrefix, StringComparison.Ordinal))
                {
                    Assert.Contains("http", text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void The_2018_prosecution_manual_rule_is_never_presented_as_current()
    {
        var counterLawsuit = LegalReadingPlan.ForIncidents(Content, [IncidentType.CounterLawsuit]);

        Assert.DoesNotContain(LegalReadingPlan.TopicPrefix + "prosecution-manual-2018", counterLawsuit.Chunks);
        Assert.DoesNotContain(EverythingShown(), text => text.Contains("수사매뉴얼", StringComparison.Ordinal) || text.Contains("manual", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Chunks_stay_short_enough_to_read_on_a_phone()
    {
        foreach (var (chunk, text) in Chunks(Language.Korean).Concat(Chunks(Language.English)))
        {
            Assert.True(text.Length <= 900, $"{chunk} is {text.Length} characters long");
        }
    }

    private static IEnumerable<string> EverythingShown() =>
        Chunks(Language.Korean).Concat(Chunks(Language.English)).Select(c => c.Text);

    private static IEnumerable<(string Chunk, string Text)> Chunks(Language language)
    {
        var readings = Enum.GetValues<IncidentType>().Select(t => LegalReadingPlan.ForIncidents(Content, [t]))
            .Append(LegalReadingPlan.ForIncidents(Content, Enum.GetValues<IncidentType>()))
            .Append(LegalReadingPlan.AllLaws(Content))
            .Append(LegalReadingPlan.AllHelp(Content));
        foreach (var reading in readings)
        {
            foreach (var chunk in reading.Chunks)
            {
                var text = LegalChunkRenderer.Render(Content, chunk, reading.RelevantTopics, language, Texts);
                Assert.NotNull(text);
                yield return (chunk, text);
            }
        }
    }
}
