using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Resources.Legal;

/// <summary>
/// Chunks are rendered once and then served from a cache: what a survivor reads must be exactly what rendering it
/// anew gives, in either language, before and after a law takes effect, whatever reading the chunk is part of.
/// </summary>
public sealed class LegalChunkCacheTests
{
    private static readonly LegalContent Content = LegalContentLoader.Load(
        Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder), LegalContentStore.IncidentTypeNames).Content!;

    private static readonly TextCatalog Texts = new();

    [Fact]
    public void A_chunk_read_again_is_the_text_rendering_it_anew_gives_for_its_day_language_and_reading()
    {
        // Any catalog that is not the bot's own is never cached: rendering through one is rendering anew.
        var uncached = new ForwardingCatalog(Texts);
        var readings = Enum.GetValues<IncidentType>().Select(t => LegalReadingPlan.ForIncidents(Content, [t]))
            .Append(LegalReadingPlan.ForIncidents(Content, Enum.GetValues<IncidentType>()))
            .Append(LegalReadingPlan.AllLaws(Content))
            .Append(LegalReadingPlan.AllHelp(Content))
            .ToList();
        var differedByDay = false;
        var differedByReading = false;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var day in new[] { new DateOnly(2026, 12, 5), new DateOnly(2027, 4, 22) })
            {
                foreach (var language in Enum.GetValues<Language>())
                {
                    foreach (var reading in readings)
                    {
                        foreach (var chunk in reading.Chunks)
                        {
                            var shown = LegalChunkRenderer.Render(Content, chunk, reading.RelevantTopics, language, Texts, day);
                            Assert.Equal(LegalChunkRenderer.Render(Content, chunk, reading.RelevantTopics, language, uncached, day), shown);
                            differedByDay |= shown != LegalChunkRenderer.Render(Content, chunk, reading.RelevantTopics, language, Texts, day.AddYears(-1));
                            differedByReading |= shown != LegalChunkRenderer.Render(Content, chunk, [], language, Texts, day);
                        }
                    }
                }
            }
        }

        // The inputs that change a chunk were exercised: a law not yet in force, and topics relevant to one reading only.
        Assert.True(differedByDay);
        Assert.True(differedByReading);
    }

    private sealed class ForwardingCatalog(ITextCatalog inner) : ITextCatalog
    {
        public string Get(TextKey key, Language language, params (string Name, object? Value)[] args) => inner.Get(key, language, args);

        public IReadOnlyCollection<string> Keys => inner.Keys;

        public string? Find(string key, Language language) => inner.Find(key, language);
    }
}
