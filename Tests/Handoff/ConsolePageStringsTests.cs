using System.Text.RegularExpressions;
using ReportBot.Bot.Handoff.Console;
using ReportBot.Resources;

namespace ReportBot.Tests.Handoff;

public sealed partial class ConsolePageStringsTests
{
    /// <summary>A key the page asks for but the catalog lacks shows up as the bare key ("close_thread") to a counsellor.</summary>
    [Fact]
    public void Every_string_the_console_page_uses_exists_in_Korean_and_English()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "wwwroot", "counsellor");
        var page = File.ReadAllText(Path.Combine(folder, "console.js")) + File.ReadAllText(Path.Combine(folder, "index.html"));
        var used = UsedKeys().Matches(page).Select(m => m.Groups["key"].Value).Where(k => !k.StartsWith("incident.", StringComparison.Ordinal)).ToHashSet();
        var strings = ConsoleStrings.Build(new TextCatalog());

        Assert.Contains("inbox", used);
        Assert.Contains("reply_hint", used);
        foreach (var language in new[] { "ko", "en" })
        {
            var missing = used.Where(k => !strings[language].TryGetValue(k, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
            Assert.True(missing.Count == 0, language + " lacks: " + string.Join(", ", missing));
        }
    }

    [GeneratedRegex(@"(?:\bt\('(?<key>[a-z_.]+)'\s*[,)]|data-i18n=""(?<key>[a-z_.]+)"")")]
    private static partial Regex UsedKeys();
}
