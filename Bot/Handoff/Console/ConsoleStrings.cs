using ReportBot.Dialogs.Conversations;
using ReportBot.Resources;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>
/// The console's UI strings (Resources/Strings/console.json) for the page to fetch: <c>{ "ko": {...}, "en": {...} }</c>,
/// with the report's incident-type labels as <c>incident.{TypeName}</c> so a handoff shows them in words.
/// </summary>
public static class ConsoleStrings
{
    private const string Prefix = "console.";

    public static IReadOnlyDictionary<string, Dictionary<string, string>> Build(ITextCatalog texts)
    {
        var result = new Dictionary<string, Dictionary<string, string>>();
        foreach (var language in Enum.GetValues<Language>())
        {
            var table = texts.Keys
                .Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
                .ToDictionary(k => k[Prefix.Length..], k => texts.Find(k, language) ?? string.Empty);
            foreach (var (type, label) in ReportChoices.Types)
            {
                table["incident." + type] = texts.Get(label, language);
            }

            result[language.Code()] = table;
        }

        return result;
    }
}
