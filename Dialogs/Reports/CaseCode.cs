using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// The anonymous case code a survivor uses to come back: 10 characters from a 32-letter alphabet without the
/// easily confused 0, O, 1 and I (50 random bits), shown grouped as <c>K7QM-4RTX-2P</c>. Typing is forgiving:
/// any case, with or without dashes or spaces.
/// </summary>
public static partial class CaseCode
{
    public const int Length = 10;

    /// <summary>Digits 2-9 and the letters without I and O: 32 symbols, 5 bits each.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>A fresh code from the operating system's cryptographic random source, in canonical (ungrouped) form.</summary>
    public static string Generate()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The code as shown: groups of four, <c>K7QM-4RTX-2P</c>.</summary>
    public static string Format(string canonical)
    {
        var builder = new StringBuilder(canonical.Length + 2);
        for (var i = 0; i < canonical.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append('-');
            }

            builder.Append(canonical[i]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Replaces every case code in a text (a bot reply that shows one, a message that types one) with
    /// <paramref name="replacement"/>, for anything that stores or shows conversation text (transcripts, the
    /// counsellor console): the code is the key to a case and is never kept in clear. Grouped codes match in any
    /// case; a bare 10-character run matches when it has a digit or is all capitals, so ordinary words stay.
    /// </summary>
    public static string Redact(string text, string replacement = "[case code]")
    {
        text = Grouped().Replace(text, replacement);
        return Bare().Replace(text, m => m.Value.Any(char.IsDigit) || m.Value.All(char.IsUpper) ? replacement : m.Value);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[2-9a-hj-np-z]{4}[-\s][2-9a-hj-np-z]{4}[-\s][2-9a-hj-np-z]{2}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[2-9a-hj-np-z]{10}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    /// <summary>Reads what the survivor typed ("k7qm 4rtx 2p", "K7QM-4RTX-2P") into canonical form, or null.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var raw in typed.Normalize(NormalizationForm.FormKC))
        {
            if (raw is '-' or ' ' or '_' or '.' || char.IsWhiteSpace(raw))
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw);
            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0 || builder.Length == Length)
            {
                return null;
            }

            builder.Append(c);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }
}
