using System.Globalization;

namespace ReportBot.Resources;

/// <summary>The languages ReportBot speaks. Every user-facing string exists in each of them.</summary>
public enum Language
{
    Korean,
    English,
}

/// <summary>Codes and cultures for <see cref="Language"/>.</summary>
public static class LanguageExtensions
{
    public static string Code(this Language language) => language == Language.Korean ? "ko" : "en";

    public static CultureInfo Culture(this Language language) =>
        CultureInfo.GetCultureInfo(language == Language.Korean ? "ko-KR" : "en-US");

    /// <summary>Reads "ko", "ko-KR", "en", "en-US" (any case); null for anything else.</summary>
    public static Language? FromCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var prefix = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return prefix switch
        {
            "ko" => Language.Korean,
            "en" => Language.English,
            _ => null,
        };
    }

    /// <summary>True when the text holds Hangul syllables or letters, the signal used to pick Korean.</summary>
    public static bool ContainsHangul(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text has Latin letters and no Hangul, the signal used to pick English.</summary>
    public static bool LooksEnglish(string? text) =>
        !string.IsNullOrEmpty(text) && !ContainsHangul(text) && text.Any(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'));
}
