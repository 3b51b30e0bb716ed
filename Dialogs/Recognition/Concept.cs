using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// One concept (an action, an object, a filler...) compiled from its phrase list: Korean phrases as runs of letters
/// without spaces, English phrases as stemmed word sequences. Found anywhere in a message, exactly or with one typo.
/// </summary>
public sealed class Concept
{
    private readonly string[] _korean;
    private readonly string[] _koreanJamo;
    private readonly string[][] _english;

    // Filters that say in one pass that none of the phrases can be in a message (the usual answer, since every
    // interruption and the crisis check ask dozens of concepts about each message): any Korean phrase as a substring
    // (a vectorised multi-string search instead of one IndexOf per phrase), any English sequence's first word.
    private readonly SearchValues<string>? _anyKorean;
    private readonly FrozenSet<string> _englishFirstWords;

    public Concept(string name, IEnumerable<string> phrases)
    {
        Name = name;
        var korean = new List<string>();
        var english = new List<string[]>();
        foreach (var phrase in phrases)
        {
            var input = RecognitionInput.From(phrase);
            if (input.Hangul.Length > 0)
            {
                korean.Add(input.Hangul);
            }
            else if (input.Words.Count > 0)
            {
                english.Add([.. input.Words]);
            }
        }

        _korean = [.. korean.Distinct().OrderByDescending(p => p.Length)];
        _koreanJamo = [.. _korean.Select(p => Hangul.Decompose(p))];
        _english = [.. english.OrderByDescending(p => p.Length)];
        _anyKorean = _korean.Length > 0 ? SearchValues.Create(_korean, StringComparison.Ordinal) : null;
        _englishFirstWords = _english.Select(sequence => sequence[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>
    /// English words the catalog names as words of their own (a platform, a place, a person, an idiom): a message's word
    /// that is one of them is never read as a typo of another ("discord" is not a mistyped "discard", "wife" not "wipe").
    /// </summary>
    public FrozenSet<string> KnownWords { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Korean words that begin where a one-letter-off window ends and go on after it (<c>recognition.fuzzy_word_starts</c>):
    /// a window whose last syllable starts one of them is no typo ("ollin da-eum-nal", the day after posting, is not a
    /// mistyped "ollindae", they say they will post).
    /// </summary>
    public string[] KoreanWordStarts { get; init; } = [];

    public static Concept From(IPhraseCatalog phrases, string name) =>
        new(name, phrases.All(new PhraseKey(name))) { KnownWords = Known.GetValue(phrases, KnownWordsOf), KoreanWordStarts = WordStarts.GetValue(phrases, WordStartsOf) };

    /// <summary>A list the catalog may not have (a question's optional ".weak", "worries" list): empty when absent.</summary>
    public static Concept Optional(IPhraseCatalog phrases, PhraseKey key) =>
        new(key.Name, phrases.Keys.Contains(key.Name) ? phrases.All(key) : []) { KoreanWordStarts = WordStarts.GetValue(phrases, WordStartsOf) };

    private static readonly ConditionalWeakTable<IPhraseCatalog, FrozenSet<string>> Known = new();
    private static readonly ConditionalWeakTable<IPhraseCatalog, string[]> WordStarts = new();

    private static string[] WordStartsOf(IPhraseCatalog phrases) =>
        phrases.Keys.Contains(Resources.Phrases.CommonPhrases.FuzzyWordStarts.Name)
            ? [.. phrases.All(Resources.Phrases.CommonPhrases.FuzzyWordStarts).Select(p => RecognitionInput.From(p).Hangul).Where(h => h.Length >= 2)]
            : [];

    private static FrozenSet<string> KnownWordsOf(IPhraseCatalog phrases) =>
        phrases.Keys.SelectMany(key => phrases.All(new PhraseKey(key)))
            .SelectMany(phrase => RecognitionInput.From(phrase).Words)
            .Where(word => word.Length >= 4 && !HasDigit(word))
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every place the concept occurs exactly.</summary>
    public void FindExact(RecognitionInput input, List<ConceptHit> hits)
    {
        foreach (var phrase in MayHoldKorean(input) ? _korean : [])
        {
            for (var at = input.Hangul.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = input.Hangul.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                hits.Add(new ConceptHit(true, at, phrase.Length, false));
            }
        }

        var words = input.Words;
        foreach (var sequence in MayHoldEnglish(words) ? _english : [])
        {
            for (var i = 0; i + sequence.Length <= words.Count; i++)
            {
                if (SequenceAt(words, i, sequence))
                {
                    hits.Add(new ConceptHit(false, i, sequence.Length, false));
                }
            }
        }
    }

    /// <summary>True when the concept occurs exactly anywhere.</summary>
    public bool Occurs(RecognitionInput input)
    {
        foreach (var phrase in MayHoldKorean(input) ? _korean : [])
        {
            if (input.Hangul.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var sequence in MayHoldEnglish(input.Words) ? _english : [])
        {
            for (var i = 0; i + sequence.Length <= input.Words.Count; i++)
            {
                if (SequenceAt(input.Words, i, sequence))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether one of KoreanWordStarts begins at syllable `at` of the message's Hangul.
    private bool StartsWordAt(string hangul, int at)
    {
        foreach (var word in KoreanWordStarts)
        {
            if (hangul.AsSpan(at).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Places where the concept occurs with one typo: one letter (Jamo) off in a Korean phrase of two or more syllables,
    /// one letter off in an English word of five or more letters. Only for short messages, where commands live.
    /// </summary>
    public void FindFuzzy(RecognitionInput input, List<ConceptHit> hits)
    {
        if (input.Hangul.Length is > 0 and <= 24)
        {
            var offsets = input.SyllableOffsets;
            for (var p = 0; p < _korean.Length; p++)
            {
                // Long enough that one letter off is still clearly the same word, and starting with the same letter.
                var length = _korean[p].Length;
                if (length < 2 || _koreanJamo[p].Length < 6 || Hangul.IsJamoOnly(_korean[p]))
                {
                    continue;
                }

                for (var start = 0; start + length <= input.Hangul.Length; start++)
                {
                    var window = input.Jamo.AsSpan(offsets[start], offsets[start + length] - offsets[start]);
                    if (window[0] == _koreanJamo[p][0] && EditDistance.Bounded(window, _koreanJamo[p], 1) == 1
                        && !StartsWordAt(input.Hangul, start + length - 1))
                    {
                        hits.Add(new ConceptHit(true, start, length, true));
                    }
                }
            }
        }

        for (var i = 0; i < input.Words.Count && input.Words.Count <= 12; i++)
        {
            var word = input.Words[i];
            if (word.Length < 4 || HasDigit(word) || KnownWords.Contains(word))
            {
                continue;
            }

            foreach (var sequence in _english)
            {
                if (sequence.Length == 1 && sequence[0].Length >= 4 && EditDistance.Bounded(word, sequence[0], 1) == 1)
                {
                    hits.Add(new ConceptHit(false, i, 1, true));
                }
            }
        }
    }

    // False only when no Korean phrase occurs anywhere in the message's Hangul run.
    private bool MayHoldKorean(RecognitionInput input) =>
        _anyKorean is not null && input.Hangul.Length > 0 && input.Hangul.AsSpan().IndexOfAny(_anyKorean) >= 0;

    // False only when no word of the message starts any English sequence (a sequence matches only where its first word is).
    private bool MayHoldEnglish(IReadOnlyList<string> words)
    {
        if (_englishFirstWords.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (_englishFirstWords.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SequenceAt(IReadOnlyList<string> words, int start, string[] sequence)
    {
        for (var j = 0; j < sequence.Length; j++)
        {
            if (!string.Equals(words[start + j], sequence[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
