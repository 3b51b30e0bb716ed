using ReportBot.Resources;

namespace ReportBot.Bot.Handoff;

/// <summary>The console's UI strings (Resources/Strings/console.json) for the page to fetch: <c>{ "ko": {...}, "en": {...} }</c>.</summary>
public static class ConsoleStrings
{
    private const string Prefix = "console.";

    public static IReadOnlyDictionary<string, Dictionary<string, string>> Build(ITextCatalog texts)
    {
        var result = new Dictionary<string, Dictionary<string, string>>();
        foreach (var language in Enum.GetValues<Language>())
        {
            result[language.Code()] = texts.Keys
                .Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
                .ToDictionary(k => k[Prefix.Length..], k => texts.Find(k, language) ?? string.Empty);
        }

        return result;
    }
}
