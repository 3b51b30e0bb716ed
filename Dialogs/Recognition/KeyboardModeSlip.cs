using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Korean typed with the Korean/English key left in English mode ("tkffuwntpdy" for "help me", "rlfhr wldnjwntpdy" for
/// "erase the record"): someone in a hurry sends it and does not look back. A Latin message is read as Korean only when
/// it is not English and every word of it is a run of whole Korean syllables on the two-set keyboard
/// (<see cref="TwoSetKeyboard"/>), and when what it spells looks like Korean: at least two syllables, fewer than half of its
/// words English words the bot knows, and most of its syllable pairs (a one-syllable word: the syllable) found in the
/// bot's own Korean phrase lists. English, handles, ids, codes and addresses never pass: English words rarely spell whole
/// syllables, and those that do ("today", "sorry") spell pairs no Korean phrase has.
/// </summary>
public sealed class KeyboardModeSlip
{
    /// <summary>The share of a message's syllable pairs that must be found in the Korean phrase lists.</summary>
    private const double KnownShare = 0.6;

    private static readonly ConditionalWeakTable<IPhraseCatalog, KeyboardModeSlip> Cache = [];

    private readonly FrozenSet<string> _englishWords;
    private readonly FrozenSet<int> _pairs;
    private readonly FrozenSet<char> _syllables;

    private KeyboardModeSlip(IPhraseCatalog phrases)
    {
        var english = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pairs = new HashSet<int>();
        var syllables = new HashSet<char>();
        foreach (var name in phrases.Keys)
        {
            foreach (var phrase in phrases.All(new PhraseKey(name)))
            {
                Learn(phrase, english, pairs, syllables);
            }
        }

        _englishWords = english.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _pairs = pairs.ToFrozenSet();
        _syllables = syllables.ToFrozenSet();
    }

    /// <summary>The reader of a phrase catalog (one per catalog, built on first use).</summary>
    public static KeyboardModeSlip For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new KeyboardModeSlip(p));

    /// <summary>The message as the Korean it was typed as, or null when it is not Korean typed in English mode.</summary>
    public string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = new List<(string Keys, string Syllables)>();
        if (TwoSetKeyboard.ToHangul(text, words) is not { } hangul)
        {
            return null;
        }

        var syllables = 0;
        var english = 0;
        var pairs = 0;
        var known = 0;
        foreach (var (keys, spelled) in words)
        {
            syllables += spelled.Length;
            english += _englishWords.Contains(keys) ? 1 : 0;
            if (spelled.Length == 1)
            {
                pairs++;
                known += _syllables.Contains(spelled[0]) ? 1 : 0;
                continue;
            }

            for (var i = 0; i + 1 < spelled.Length; i++)
            {
                pairs++;
                known += _pairs.Contains(Pair(spelled[i], spelled[i + 1])) ? 1 : 0;
            }
        }

        return syllables >= 2 && english * 2 < words.Count && known >= KnownShare * pairs ? hangul : null;
    }

    private static int Pair(char first, char second) => (first << 16) | second;

    private static void Learn(string phrase, HashSet<string> english, HashSet<int> pairs, HashSet<char> syllables)
    {
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var c = i < phrase.Length ? phrase[i] : ' ';
            if (Hangul.IsSyllable(c))
            {
                syllables.Add(c);
                if (i > 0 && Hangul.IsSyllable(phrase[i - 1]))
                {
                    pairs.Add(Pair(phrase[i - 1], c));
                }
            }

            var letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                english.Add(phrase[start..i]);
                start = -1;
            }
        }
    }
}
