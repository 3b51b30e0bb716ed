using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportBot.Resources;
using ReportBot.Resources.Legal;

namespace ReportBot.Dialogs.Legal;

/// <summary>
/// Rendered chunks of one content set, so a reading shown again (the next chunk, a re-ask after an interruption, a
/// language switch) is not built again from the content on every turn. A chunk's text depends only on the content, the
/// chunk, the topics relevant to the reading, the language, the catalog and the day, all in the key; the content set is
/// the table's owner, so a reloaded set starts empty and an old one's texts go with it. Only the bot's own immutable
/// <see cref="TextCatalog"/> is cached behind (another catalog may answer differently from one call to the next).
/// Nothing of a survivor's is in a key or a value: chunk references and topic ids come from the content.
/// </summary>
internal static class LegalChunkCache
{
    private const int MaxEntries = 2048;

    private static readonly ConditionalWeakTable<LegalContent, ConcurrentDictionary<Key, string?>> Tables = [];

    /// <summary>The chunk's text rendered earlier under the same inputs; <paramref name="key"/> is what to <see cref="Add"/> it under when not.</summary>
    public static bool TryGet(LegalContent content, string chunk, IReadOnlyCollection<string> relevantTopics, Language language, TextCatalog texts, DateOnly today, out Key key, out string? text)
    {
        key = new Key(texts, chunk, RelevantKey(relevantTopics), language, today);
        text = null;
        return Tables.TryGetValue(content, out var table) && table.TryGetValue(key, out text);
    }

    public static void Add(LegalContent content, Key key, string? text)
    {
        var table = Tables.GetValue(content, _ => new ConcurrentDictionary<Key, string?>());
        if (table.Count >= MaxEntries)
        {
            table.Clear();
        }

        table[key] = text;
    }

    // The relevant topics in a fixed order, so the same set is the same key however it was built.
    private static string RelevantKey(IReadOnlyCollection<string> topics)
    {
        if (topics.Count == 0)
        {
            return string.Empty;
        }

        var sorted = topics.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join('\n', sorted);
    }

    /// <summary>What a rendered chunk depends on besides its content set.</summary>
    internal readonly record struct Key(TextCatalog Texts, string Chunk, string Relevant, Language Language, DateOnly Today);
}
