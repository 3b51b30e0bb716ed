using System.Text.Json;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Handoff;

[Slow]
public sealed class ConsoleStringsTests
{
    [Fact]
    public async Task The_console_gets_incident_types_in_words_in_both_languages_not_as_code_names()
    {
        await using var bot = await RunningBot.StartAsync();

        using var strings = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/counsellor/strings"));

        var texts = new ReportBot.Resources.TextCatalog();
        foreach (var (type, label) in ReportBot.Dialogs.Conversations.ReportChoices.Types)
        {
            foreach (var language in Enum.GetValues<ReportBot.Resources.Language>())
            {
                var shown = strings.RootElement.GetProperty(ReportBot.Resources.LanguageExtensions.Code(language)).GetProperty("incident." + type).GetString();
                Assert.Equal(texts.Get(label, language), shown);
            }
        }

        Assert.Equal(Enum.GetValues<ReportBot.Dialogs.Reports.IncidentType>().Length, ReportBot.Dialogs.Conversations.ReportChoices.Types.Count);
    }
}
