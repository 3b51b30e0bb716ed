using System.Text;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// The standard Korean keyboard (the two-set layout, dubeolsik) read back from the Latin letters it sends when its Korean/English key is
/// left in English mode: "tkdeka" is the word for counselling, "rlfhr wldnjwntpdy" asks for the record to be erased. Each
/// key is one letter (Jamo); letters are put together into syllables as the keyboard itself would (a consonant, a vowel,
/// maybe a final consonant that moves to the next syllable when a vowel follows). Whether the result is Korean at all is
/// decided by <see cref="KeyboardModeSlip"/>. Written with code points only, no Hangul literals.
/// </summary>
public static class TwoSetKeyboard
{
    private const int SyllableFirst = 0xAC00;
    private const int None = -1;

    // Per key (ASCII): the leading consonant it types (the order of the syllable formula), or the vowel, or None.
    private static readonly int[] LeadOf = Table(
        ('r', 0), ('R', 1), ('s', 2), ('e', 3), ('E', 4), ('f', 5), ('a', 6), ('q', 7), ('Q', 8), ('t', 9), ('T', 10),
        ('d', 11), ('w', 12), ('W', 13), ('c', 14), ('z', 15), ('x', 16), ('v', 17), ('g', 18));

    private static readonly int[] VowelOf = Table(
        ('k', 0), ('o', 1), ('i', 2), ('O', 3), ('j', 4), ('p', 5), ('u', 6), ('P', 7), ('h', 8), ('y', 12), ('n', 13),
        ('b', 17), ('m', 18), ('l', 20));

    // The final consonant of each leading consonant (the three doubled ones that cannot end a syllable are None).
    private static readonly int[] TailOfLead = [1, 2, 4, 7, None, 8, 16, 17, None, 19, 20, 21, 22, None, 23, 24, 25, 26, 27];

    /// <summary>
    /// Reads <paramref name="text"/>'s Latin words as Korean keys. Null when a word is not a run of whole syllables (a vowel
    /// with no consonant before it, a consonant with no vowel), or when the text has Hangul already, no Latin letter, or
    /// the marks of a handle, an address, a code or an id (@, _, /, #, a letter joined to a letter by '.', ':' or '-', a
    /// letter followed by a digit). Other characters (digits, spaces, punctuation) stay. <paramref name="words"/> gets each
    /// Latin word with what it reads as.
    /// </summary>
    public static string? ToHangul(string text, List<(string Keys, string Syllables)>? words = null)
    {
        if (!CouldBeKeys(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsAsciiLetter(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && IsAsciiLetter(text[i]))
            {
                i++;
            }

            var before = builder.Length;
            if (!AppendSyllables(text.AsSpan(start, i - start), builder))
            {
                return null;
            }

            words?.Add((text[start..i], builder.ToString(before, builder.Length - before)));
        }

        return builder.ToString();
    }

    private static bool CouldBeKeys(string text)
    {
        var letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '@' or '_' or '/' or '#' or '\\' or '=' || Hangul.IsHangul(c))
            {
                return false;
            }

            if (IsAsciiLetter(c))
            {
                letters++;
                if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    return false;
                }

                if (i + 2 < text.Length && text[i + 1] is '.' or ':' or '-' && IsAsciiLetter(text[i + 2]))
                {
                    return false;
                }
            }
        }

        return letters > 0;
    }

    /// <summary>One run of letters as whole syllables, or false.</summary>
    private static bool AppendSyllables(ReadOnlySpan<char> keys, StringBuilder builder)
    {
        var i = 0;
        while (i < keys.Length)
        {
            var lead = Lead(keys[i]);
            var vowel = i + 1 < keys.Length ? Vowel(keys[i + 1]) : None;
            if (lead == None || vowel == None)
            {
                return false;
            }

            i += 2;
            if (i < keys.Length && Vowel(keys[i]) is var second and not None && CompoundVowel(vowel, second) is var compound and not None)
            {
                vowel = compound;
                i++;
            }

            var tail = 0;
            if (i < keys.Length && Lead(keys[i]) is var first and not None && !VowelFollows(keys, i))
            {
                tail = TailOfLead[first];
                if (tail == None)
                {
                    return false;
                }

                i++;
                if (i < keys.Length && Lead(keys[i]) is var next and not None && !VowelFollows(keys, i) && CompoundTail(tail, next) is var both and not None)
                {
                    tail = both;
                    i++;
                }
            }

            builder.Append((char)(SyllableFirst + (((lead * 21) + vowel) * 28) + tail));
        }

        return true;
    }

    private static bool VowelFollows(ReadOnlySpan<char> keys, int i) => i + 1 < keys.Length && Vowel(keys[i + 1]) != None;

    private static int CompoundVowel(int first, int second) => (first, second) switch
    {
        (8, 0) => 9, (8, 1) => 10, (8, 20) => 11,
        (13, 4) => 14, (13, 5) => 15, (13, 20) => 16,
        (18, 20) => 19,
        _ => None,
    };

    // A final consonant and the next key's consonant as one final (the eleven double finals), by their indices.
    private static int CompoundTail(int tail, int lead) => (tail, lead) switch
    {
        (1, 9) => 3, (4, 12) => 5, (4, 18) => 6,
        (8, 0) => 9, (8, 6) => 10, (8, 7) => 11, (8, 9) => 12, (8, 16) => 13, (8, 17) => 14, (8, 18) => 15,
        (17, 9) => 18,
        _ => None,
    };

    private static int Lead(char key) => key < 128 ? LeadOf[key] : None;

    private static int Vowel(char key) => key < 128 ? VowelOf[key] : None;

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static int[] Table(params (char Key, int Index)[] entries)
    {
        var table = Enumerable.Repeat(None, 128).ToArray();
        foreach (var (key, index) in entries)
        {
            table[key] = index;
        }

        return table;
    }
}
