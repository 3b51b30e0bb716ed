using System.Collections.Frozen;
using System.Reflection;

namespace ReportBot.Resources;

/// <summary>
/// Phrase lists read once from the JSON files embedded from Resources/Phrases:
/// <c>{ "yes": { "ko": ["예", "네"], "en": ["yes"] } }</c>.
/// </summary>
public sealed class PhraseCatalog : IPhraseCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<Language, string[]>> _lists;
    private readonly FrozenDictionary<string, string[]> _all;

    public PhraseCatalog()
        : this(typeof(PhraseCatalog).Assembly)
    {
    }

    internal PhraseCatalog(Assembly assembly)
    {
        var lists = new Dictionary<string, FrozenDictionary<Language, string[]>>(StringComparer.Ordinal);
        foreach (var (file, json) in EmbeddedJson.Read(assembly, "phrases/"))
        {
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                // "_sources" and other entries starting with an underscore document the file; they are not phrase lists.
                if (entry.Name.StartsWith('_'))
                {
                    continue;
                }

                if (lists.ContainsKey(entry.Name))
                {
                    throw new InvalidDataException($"The phrase list '{entry.Name}' appears twice (again in {file}).");
                }

                var perLanguage = new Dictionary<Language, string[]>();
                foreach (var translation in entry.Value.EnumerateObject())
                {
                    var language = LanguageExtensions.FromCode(translation.Name)
                        ?? throw new InvalidDataException($"Unknown language '{translation.Name}' for '{entry.Name}' in {file}.");
                    perLanguage[language] = translation.Value.EnumerateArray()
                        .Select(p => p.GetString() ?? string.Empty)
                        .ToArray();
                }

                lists[entry.Name] = perLanguage.ToFrozenDictionary();
            }
        }

        _lists = lists.ToFrozenDictionary(StringComparer.Ordinal);

        // One array per list for the life of the catalog, so matchers can cache what they derive from it.
        _all = lists.ToFrozenDictionary(l => l.Key, l => l.Value.Values.SelectMany(p => p).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Keys => _lists.Keys;

    public IReadOnlyList<string> Get(PhraseKey key, Language language) =>
        _lists.TryGetValue(key.Name, out var perLanguage) && perLanguage.TryGetValue(language, out var phrases)
            ? phrases
            : throw new KeyNotFoundException($"The phrase list '{key.Name}' has no {language} phrases.");

    public IReadOnlyList<string> All(PhraseKey key) =>
        _all.TryGetValue(key.Name, out var all)
            ? all
            : throw new KeyNotFoundException($"The phrase list '{key.Name}' does not exist.");
}
