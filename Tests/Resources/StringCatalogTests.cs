using System.Reflection;
using System.Text.RegularExpressions;
using ReportBot.Resources;

namespace ReportBot.Tests.Resources;

public sealed partial class StringCatalogTests
{
    private static readonly TextCatalog Texts = new();
    private static readonly PhraseCatalog Phrases = new();

    public static TheoryData<string> DeclaredTextKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in DeclaredKeys<TextKey>().Select(k => k.Name))
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeclaredTextKeys))]
    public void Every_declared_string_has_non_empty_Korean_and_English_text(string key)
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var text = Texts.Find(key, language);
            Assert.False(string.IsNullOrWhiteSpace(text), $"'{key}' has no {language} text");
        }
    }

    [Fact]
    public void Every_string_in_the_files_is_declared_in_code()
    {
        var declared = DeclaredKeys<TextKey>().Select(k => k.Name).ToHashSet();
        var orphans = Texts.Keys.Where(k => !declared.Contains(k)).ToList();
        Assert.True(orphans.Count == 0, "Strings in Resources/Strings with no TextKey: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Korean_and_English_texts_use_the_same_placeholders()
    {
        foreach (var key in Texts.Keys)
        {
            var korean = Placeholders(Texts.Find(key, Language.Korean) ?? string.Empty);
            var english = Placeholders(Texts.Find(key, Language.English) ?? string.Empty);
            Assert.True(korean.SetEquals(english), $"'{key}' uses {{{string.Join(",", korean)}}} in Korean but {{{string.Join(",", english)}}} in English");
        }
    }

    [Fact]
    public void Every_declared_phrase_list_has_phrases_in_both_languages_and_every_list_is_declared()
    {
        var declared = DeclaredKeys<PhraseKey>().Select(k => k.Name).ToHashSet();
        foreach (var key in declared)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                var phrases = Phrases.Get(new PhraseKey(key), language);
                Assert.True(phrases.Count > 0 && phrases.All(p => p.Trim().Length > 0), $"Phrase list '{key}' is empty in {language}");
            }
        }

        Assert.DoesNotContain(Phrases.Keys, k => !declared.Contains(k));
    }

    [Fact]
    public void Korean_text_is_written_in_Hangul_and_English_text_is_not()
    {
        foreach (var key in Texts.Keys)
        {
            Assert.True(LanguageExtensions.ContainsHangul(Texts.Find(key, Language.Korean)), $"'{key}' Korean text has no Hangul");
        }
    }

    private static IEnumerable<T> DeclaredKeys<T>()
    {
        return typeof(TextKey).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(T))
            .Select(f => (T)f.GetValue(null)!);
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{[a-zA-Z_]+\}")]
    private static partial Regex PlaceholderPattern();
}
