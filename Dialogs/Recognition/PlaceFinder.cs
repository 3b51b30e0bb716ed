using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Finds where something happened in the words of a story, so the report can offer it at the "where" question: a place
/// word (Resources/Phrases/places.json) used as a place. In Korean the word is followed by a place particle, a spatial
/// word or a verb of going (a team dinner with the particle "at" written against it, "school bathroom-at" gives both
/// words, "office front" keeps "front"); in English it
/// follows a preposition with at most three words between ("at my friends party", "in his car"), or is a vehicle before a
/// word of riding ("my uber driver"). A place the survivor was being taken to ("offered to drive me home") is passed over. The words are the
/// survivor's own, folded (lower case), without the particle.
/// </summary>
public sealed partial class PlaceFinder
{
    /// <summary>Words that may stand between an English preposition and its place ("at my friend's birthday party").</summary>
    private const int MaxWordsBetween = 3;

    private static readonly ConditionalWeakTable<IPhraseCatalog, PlaceFinder> Cache = new();

    private readonly string[] _koreanNouns;
    private readonly string[] _englishNouns;
    private readonly string[] _koreanMarkers;
    private readonly string[] _englishMarkers;
    private readonly string[] _koreanSpatial;
    private readonly string[] _englishAfter;
    private readonly string[] _koreanDestination;
    private readonly string[] _englishDestination;

    public PlaceFinder(IPhraseCatalog phrases)
    {
        static string[] Folded(IEnumerable<string> list) =>
            [.. list.Select(RecognitionInput.Fold).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length)];

        _koreanNouns = Folded(phrases.Get(PlacePhrases.Noun, Language.Korean));
        _englishNouns = Folded(phrases.Get(PlacePhrases.Noun, Language.English));
        _koreanMarkers = Folded(phrases.Get(PlacePhrases.Marker, Language.Korean));
        _englishMarkers = Folded(phrases.Get(PlacePhrases.Marker, Language.English));
        _koreanSpatial = Folded(phrases.Get(PlacePhrases.Spatial, Language.Korean));
        _englishAfter = Folded(phrases.Get(PlacePhrases.After, Language.English));
        _koreanDestination = Folded(phrases.Get(PlacePhrases.Destination, Language.Korean));
        _englishDestination = Folded(phrases.Get(PlacePhrases.Destination, Language.English));
    }

    public static PlaceFinder For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new PlaceFinder(p));

    /// <summary>The place the words tell of, or null.</summary>
    public string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000)
        {
            return null;
        }

        var folded = RecognitionInput.Fold(text);
        return Korean(folded) ?? English(folded);
    }

    /// <summary>
    /// Whether the words name a place at all, with or without the preposition or particle <see cref="Find"/> needs
    /// ("instagram dms", "maybe his place", "kakao-ieonna"): a guess said with its doubt names one.
    /// </summary>
    public bool Names(string? text)
    {
        if (Find(text) is not null)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000)
        {
            return false;
        }

        var folded = RecognitionInput.Fold(text);
        var words = Word().Matches(folded).ToList();
        if (Enumerable.Range(0, words.Count).Any(i => Noun(words, i) is not null))
        {
            return true;
        }

        // A Korean place of two syllables or more at the start of a word (one syllable is too often part of another word).
        return Enumerable.Range(0, folded.Length).Any(i => Hangul.IsHangul(folded[i]) && (i == 0 || !char.IsLetter(folded[i - 1]))
            && Longest(_koreanNouns, folded, i) is { Length: > 1 });
    }

    private string? Korean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!Hangul.IsHangul(text[i]) || Longest(_koreanNouns, text, i) is not { } noun)
            {
                continue;
            }

            // One syllable (home, room, car) is a place only at the start of a word, not the end of another (bag, even).
            if (noun.Length == 1 && i > 0 && char.IsLetter(text[i - 1]))
            {
                continue;
            }

            var end = i + noun.Length;
            var after = text.AsSpan(end);
            var spaced = after.StartsWith(" ") ? after[1..] : after;
            if (Longest(_koreanSpatial, spaced) is { } spatial && (spaced.Length == spatial.Length || !Hangul.IsHangul(spaced[spatial.Length]) || Longest(_koreanMarkers, spaced[spatial.Length..]) is not null))
            {
                end += after.Length - spaced.Length + spatial.Length;
            }
            else if (Longest(_koreanMarkers, spaced) is not { } marker || IsDestination(spaced[marker.Length..]))
            {
                continue;
            }

            return text[Start(text, i)..end];
        }

        return null;
    }

    /// <summary>Whether the words after a place's particle say the survivor was being taken there (a Korean "offered to take me home").</summary>
    private bool IsDestination(ReadOnlySpan<char> after) =>
        Longest(_koreanDestination, after.StartsWith(" ") ? after[1..] : after) is not null;

    /// <summary>Takes in the word before when it is a place on its own ("school bathroom-at": school bathroom).</summary>
    private int Start(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return start;
        }

        var before = text.LastIndexOf(' ', start - 2) + 1;
        return _koreanNouns.Contains(text[before..(start - 1)], StringComparer.Ordinal) ? before : start;
    }

    private string? English(string text)
    {
        var words = Word().Matches(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (Noun(words, i) is not { } last)
            {
                continue;
            }

            // "the office party": the longest run of place words that follow one another.
            while (last + 1 < words.Count && Noun(words, last + 1) is { } next)
            {
                last = next;
            }

            for (var p = i - 1; p >= 0 && p >= i - 1 - MaxWordsBetween; p--)
            {
                var marker = _englishMarkers.FirstOrDefault(m => Joined(words, p, m.Count(c => c == ' ') + 1) == m);
                if (marker is not null && !_englishDestination.Any(d => p >= d.Count(c => c == ' ') + 1 && Joined(words, p - d.Count(c => c == ' ') - 1, d.Count(c => c == ' ') + 1) == d))
                {
                    last = Within(words, last);
                    return text[words[p].Index..(words[last].Index + words[last].Length)];
                }
            }

            // "my uber driver", "the taxi ride": a vehicle before a word of riding is where it happened.
            if (last + 1 < words.Count && _englishAfter.Contains(words[last + 1].Value, StringComparer.Ordinal))
            {
                return text[words[i].Index..(words[last].Index + words[last].Length)];
            }

            i = last;
        }

        return null;
    }

    /// <summary>
    /// A place inside or beside another keeps both ("in his car in the parking lot", "at the bar near campus"): the place
    /// goes on through a word such as "in" or "of" to the next place word, at most three words on.
    /// </summary>
    private int Within(List<Match> words, int last)
    {
        while (last + 1 < words.Count && words[last + 1].Value is "in" or "at" or "of" or "near" or "outside" or "behind" or "inside" or "by")
        {
            var next = Enumerable.Range(last + 2, MaxWordsBetween).Select(k => k < words.Count ? Noun(words, k) : null).FirstOrDefault(n => n is not null);
            if (next is not { } end)
            {
                break;
            }

            last = end;
        }

        return last;
    }

    /// <summary>The index of the last word of the place word starting at word <paramref name="i"/>, or null.</summary>
    private int? Noun(List<Match> words, int i)
    {
        foreach (var noun in _englishNouns)
        {
            var count = noun.Count(c => c == ' ') + 1;
            if (Joined(words, i, count) == noun)
            {
                return i + count - 1;
            }
        }

        return null;
    }

    private static string? Joined(List<Match> words, int from, int count) =>
        from + count <= words.Count ? string.Join(' ', words.Skip(from).Take(count).Select(w => w.Value.Replace("'", string.Empty, StringComparison.Ordinal))) : null;

    private static string? Longest(string[] phrases, string text, int at) => Longest(phrases, text.AsSpan(at));

    private static string? Longest(string[] phrases, ReadOnlySpan<char> text)
    {
        foreach (var phrase in phrases)
        {
            if (text.StartsWith(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();
}
