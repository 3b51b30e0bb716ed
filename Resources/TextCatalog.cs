using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ReportBot.Resources;

/// <summary>
/// The string catalog, read once from the JSON files embedded from Resources/Strings. Each file maps a key to
/// its text in every language: <c>{ "welcome.intro": { "ko": "...", "en": "..." } }</c>.
/// </summary>
public sealed class TextCatalog : ITextCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<Language, string>> _texts;

    public TextCatalog()
        : this(typeof(TextCatalog).Assembly)
    {
    }

    internal TextCatalog(Assembly assembly)
    {
        var texts = new Dictionary<string, FrozenDictionary<Language, string>>(StringComparer.Ordinal);
        foreach (var (file, json) in EmbeddedJson.Read(assembly, "strings/"))
        {
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                if (texts.ContainsKey(entry.Name))
                {
                    throw new InvalidDataException($"The string key '{entry.Name}' appears twice (again in {file}).");
                }

                var perLanguage = new Dictionary<Language, string>();
                foreach (var translation in entry.Value.EnumerateObject())
                {
                    var language = LanguageExtensions.FromCode(translation.Name)
                        ?? throw new InvalidDataException($"Unknown language '{translation.Name}' for '{entry.Name}' in {file}.");
                    perLanguage[language] = translation.Value.GetString() ?? string.Empty;
                }

                texts[entry.Name] = perLanguage.ToFrozenDictionary();
            }
        }

        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Keys => _texts.Keys;

    public string? Find(string key, Language language) =>
        _texts.TryGetValue(key, out var perLanguage) && perLanguage.TryGetValue(language, out var text) ? text : null;

    public string Get(TextKey key, Language language, params (string Name, object? Value)[] args)
    {
        var text = Find(key.Name, language)
            ?? throw new KeyNotFoundException($"The string '{key.Name}' has no {language} text.");
        return args.Length == 0 ? text : Fill(text, args);
    }

    private static string Fill(string text, (string Name, object? Value)[] args)
    {
        var builder = new StringBuilder(text);
        foreach (var (name, value) in args)
        {
            builder.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
