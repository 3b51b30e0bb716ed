using System.Text.RegularExpressions;
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

    /// <summary>A day before and a day after the latest in-force date in the content, so both readings are checked.</summary>
    public static TheoryData<DateOnly> Days() => [new DateOnly(2026, 12, 5), new DateOnly(2027, 4, 22)];

    [Theory]
    [MemberData(nameof(Days))]
    public void No_unconfirmed_entry_is_ever_shown_in_any_language(DateOnly today)
    {
        var shown = EverythingShown(today).ToList();
        // An unconfirmed organisation's name may appear in law text (방송미디어통신심의위원회 in SCA Art. 23-2), so for
        // organisations what must never appear is the contact line ("name: ...") and what they offer.
        var unconfirmed = Content.Topics.Where(t => !t.Verification.Showable).SelectMany(t => new[] { t.Title, t.Covers })
            .Concat(Content.Options.Where(o => !o.Verification.Showable).SelectMany(o => new[] { o.Title, o.Text }))
            .Concat(Content.Organisations.Where(o => !o.Verification.Showable).Select(o => o.Services))
            .SelectMany(t => new[] { t.Ko, t.En })
            .Concat(Content.Organisations.Where(o => !o.Verification.Showable).SelectMany(o => new[] { o.Name.Ko + ": ", o.Name.En + ": " }))
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
    public void Every_shown_chunk_names_its_last_review_and_every_law_its_source_and_the_day_it_took_effect()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var reviewedLabel = language == Language.Korean ? new Regex(@"마지막 검토: 2026년 1[12]월 \d{1,2}일") : new Regex(@"Last reviewed: \d{1,2} (November|December) 2026");
            var inForceLabel = language == Language.Korean ? new Regex(@"(시행|선고): \d{4}-\d{2}-\d{2}") : new Regex(@"(In force since|Decided on) \d{4}-\d{2}-\d{2}");
            foreach (var (chunk, text) in Chunks(language, new DateOnly(2027, 4, 22)))
            {
                Assert.Matches(reviewedLabel, text);
                if (chunk.StartsWith(LegalReadingPlan.TopicPrefix, StringComparison.Ordinal))
                {
                    Assert.Contains("http", text, StringComparison.Ordinal);
                    Assert.Matches(inForceLabel, text);
                }
            }
        }
    }

    [Fact]
    public void The_2018_prosecution_manual_rule_is_never_presented_as_current()
    {
        var counterLawsuit = LegalReadingPlan.ForIncidents(Content, [IncidentType.CounterLawsuit]);

        Assert.DoesNotContain(LegalReadingPlan.TopicPrefix + "prosecution-manual-2018", counterLawsuit.Chunks);
        Assert.DoesNotContain(EverythingShown(new DateOnly(2026, 12, 5)), text => text.Contains("수사매뉴얼", StringComparison.Ordinal) || text.Contains("manual", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Chunks_stay_short_enough_to_read_on_a_phone(DateOnly today)
    {
        foreach (var (chunk, text) in Chunks(Language.Korean, today).Concat(Chunks(Language.English, today)))
        {
            Assert.True(text.Length <= 900, $"{chunk} is {text.Length} characters long");
        }
    }

    private static IEnumerable<string> EverythingShown(DateOnly today) =>
        Chunks(Language.Korean, today).Concat(Chunks(Language.English, today)).Select(c => c.Text);

    private static IEnumerable<(string Chunk, string Text)> Chunks(Language language, DateOnly today)
    {
        var readings = Enum.GetValues<IncidentType>().Select(t => LegalReadingPlan.ForIncidents(Content, [t]))
            .Append(LegalReadingPlan.ForIncidents(Content, Enum.GetValues<IncidentType>()))
            .Append(LegalReadingPlan.AllLaws(Content))
            .Append(LegalReadingPlan.AllHelp(Content));
        foreach (var reading in readings)
        {
            foreach (var chunk in reading.Chunks)
            {
                var text = LegalChunkRenderer.Render(Content, chunk, reading.RelevantTopics, language, Texts, today);
                Assert.NotNull(text);
                yield return (chunk, text);
            }
        }
    }
}
