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

    public static bool IsSyllable(char c) => c is >= (char)SyllableFirst and <= (char)SyllableLast;

    /// <summary>Compatibility letters typed on their own (the consonant and vowel keys of a phone keyboard).</summary>
    public static bool IsCompatibilityJamo(char c) => c is >= '\u3131' and <= '\u318E';

    public static bool IsHangul(char c) => IsSyllable(c) || IsCompatibilityJamo(c) || c is >= '\u1100' and <= '\u11FF';

    /// <summary>True for a message written only in separate letters ("yes" and "no" as two consonants, crying vowels).</summary>
    public static bool IsJamoOnly(string compact) => compact.Length > 0 && compact.All(IsCompatibilityJamo);

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
