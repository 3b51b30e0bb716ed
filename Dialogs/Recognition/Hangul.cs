using System.Text;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Hangul arithmetic: splits precomposed syllables into their letters (Jamo) by Unicode position, so that a typo of one
/// letter ("a vowel off") costs one edit, not a whole syllable. Written with code points only, no Hangul literals.
/// </summary>
public static class Hangul
{
    private const int SyllableFirst = 0xAC00;
    private const int SyllableLast = 0xD7A3;
    private const int LeadFirst = 0x1100;
    private const int VowelFirst = 0x1161;
    private const int TailBase = 0x11A7;

    // Compatibility letters in the order of the leading and trailing consonants of the syllable formula.
    private static readonly int[] Leads =
        [0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E];

    private static readonly int[] Tails =
        [0, 0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A, 0x313B, 0x313C, 0x313D, 0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145, 0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E];

    private const int PastTail = 20;
    private const char Exist = '\uC788';
    private const char Intent = '\uACA0';

    private const int CompatibilityVowelFirst = 0x314F;
    private const int CompatibilityVowelLast = 0x3163;

    public static bool IsSyllable(char c) => c is >= (char)SyllableFirst and <= (char)SyllableLast;

    /// <summary>Compatibility letters typed on their own (the consonant and vowel keys of a phone keyboard).</summary>
    public static bool IsCompatibilityJamo(char c) => c is >= '\u3131' and <= '\u318E';

    /// <summary>
    /// True for two syllables with the same first consonant and vowel: a verb stem with another ending ("see" in the
    /// nominal ending and in a spoken one), whatever final consonant follows.
    /// </summary>
    public static bool SameOpening(char a, char b) =>
        IsSyllable(a) && IsSyllable(b) && (a - SyllableFirst) / 28 == (b - SyllableFirst) / 28;

    public static bool IsHangul(char c) => IsSyllable(c) || IsCompatibilityJamo(c) || c is >= '\u1100' and <= '\u11FF';

    /// <summary>
    /// True for a syllable that ends in the double-s consonant of the Korean past tense (did, saw, went, was...), except
    /// "exist" and the future/intent marker, which share that ending.
    /// </summary>
    public static bool IsPastTense(char c) =>
        IsSyllable(c) && (c - SyllableFirst) % 28 == PastTail && c is not (Exist or Intent);

    /// <summary>True for a message written only in separate letters ("yes" and "no" as two consonants, crying vowels).</summary>
    public static bool IsJamoOnly(string compact)
    {
        // A loop, not LINQ over the string (an enumerator per call) nor the generic span range search (which boxed
        // its bounds here): this runs for every phrase of every concept a typo search tries.
        foreach (var c in compact)
        {
            if (!IsCompatibilityJamo(c))
            {
                return false;
            }
        }

        return compact.Length > 0;
    }

    /// <summary>The conjoining letters of every syllable; other characters are kept as they are.</summary>
    public static string Decompose(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            AppendLetters(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Joins letters typed one by one into syllables (a consonant, a vowel, maybe a final consonant), as a keyboard
    /// that lost its composition would have: separate letters become the word they spell. Consonant-only replies stay.
    /// </summary>
    public static string Compose(string text)
    {
        if (!text.Any(IsCompatibilityJamo) || !text.Any(c => c is >= (char)CompatibilityVowelFirst and <= (char)CompatibilityVowelLast))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var lead = Array.IndexOf(Leads, (int)text[i]);
            var vowel = i + 1 < text.Length ? text[i + 1] - CompatibilityVowelFirst : -1;
            if (lead < 0 || vowel is < 0 or > CompatibilityVowelLast - CompatibilityVowelFirst)
            {
                builder.Append(text[i]);
                continue;
            }

            var tail = i + 2 < text.Length ? Array.IndexOf(Tails, (int)text[i + 2]) : -1;
            var nextIsVowel = i + 3 < text.Length && text[i + 3] is >= (char)CompatibilityVowelFirst and <= (char)CompatibilityVowelLast;
            if (tail <= 0 || nextIsVowel)
            {
                tail = 0;
            }

            builder.Append((char)(SyllableFirst + (((lead * 21) + vowel) * 28) + tail));
            i += tail > 0 ? 2 : 1;
        }

        return builder.ToString();
    }

    private static void AppendLetters(StringBuilder builder, char c)
    {
        if (!IsSyllable(c))
        {
            builder.Append(c);
            return;
        }

        var index = c - SyllableFirst;
        builder.Append((char)(LeadFirst + (index / 588)));
        builder.Append((char)(VowelFirst + (index % 588 / 28)));
        if (index % 28 != 0)
        {
            builder.Append((char)(TailBase + (index % 28)));
        }
    }
}
