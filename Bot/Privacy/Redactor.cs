using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// Replaces personal details with typed markers in the conversation's language before anything is stored:
/// links carrying tokens, e-mail addresses, resident registration numbers, card numbers (Luhn-checked), phone
/// numbers (Korean mobile and landline, +82, and international forms) and bank account numbers. The order matters:
/// the most specific shapes go first, so a card number is not half-eaten as a phone number.
/// </summary>
public sealed partial class Redactor(ITextCatalog texts)
{
    public string Redact(string? text, Language language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = UrlPattern().Replace(text, m => HasToken(m.Value) ? Marker(RedactionText.Url, language) : m.Value);
        result = EmailPattern().Replace(result, _ => Marker(RedactionText.Email, language));
        result = ResidentNumberPattern().Replace(result, _ => Marker(RedactionText.ResidentRegistrationNumber, language));
        result = DigitRunPattern().Replace(result, m => IsCardNumber(m.Value) ? Marker(RedactionText.CardNumber, language) : m.Value);
        foreach (var phone in PhonePatterns)
        {
            result = phone.Replace(result, m => DigitCount(m.Value) >= 8 ? Marker(RedactionText.Phone, language) : m.Value);
        }

        result = AccountPattern().Replace(result, m => DigitCount(m.Value) is >= 10 and <= 16 ? Marker(RedactionText.AccountNumber, language) : m.Value);
        return result;
    }

    private string Marker(TextKey key, Language language) => texts.Get(key, language);

    // A plain link to a public page can be evidence the survivor wants kept; a query, fragment or user-info part
    // is where session tokens, invitation codes and passwords travel.
    private static bool HasToken(string url) =>
        url.Contains('?', StringComparison.Ordinal) || url.Contains('#', StringComparison.Ordinal) || url.IndexOf('@', url.IndexOf("//", StringComparison.Ordinal) + 2) > 0;

    private static int DigitCount(string value) => value.Count(char.IsAsciiDigit);

    private static bool IsCardNumber(string value)
    {
        var digits = value.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length is < 13 or > 19)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static readonly Regex[] PhonePatterns =
    [
        KoreanInternationalPhone(), KoreanMobilePhone(), KoreanLandline(), KoreanLandlineWithParentheses(), InternationalPhone(), NorthAmericanPhone(),
    ];

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // YYMMDD, optional hyphen, then the 7-digit back part starting with 1-8 (5-8 for registered foreigners).
    [GeneratedRegex(@"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?[-–]?\s?[1-8]\d{6}(?!\d)")]
    private static partial Regex ResidentNumberPattern();

    [GeneratedRegex(@"(?<![\d-])\d(?:[- ]?\d){12,18}(?![\d-])")]
    private static partial Regex DigitRunPattern();

    [GeneratedRegex(@"\+\s?82[-. ]?(?:\(0\))?[-. ]?0?(?:1[016789]|2|[3-6][1-5]|70)[-. )]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    private static partial Regex KoreanInternationalPhone();

    [GeneratedRegex(@"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    private static partial Regex KoreanMobilePhone();

    [GeneratedRegex(@"(?<!\d)0(?:2|[3-6][1-5]|70|50\d)[-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    private static partial Regex KoreanLandline();

    [GeneratedRegex(@"\(0(?:2|[3-6][1-5])\)[-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    private static partial Regex KoreanLandlineWithParentheses();

    [GeneratedRegex(@"\+\d{1,3}(?:[-. ]?\(?\d{1,4}\)?){2,5}(?!\d)")]
    private static partial Regex InternationalPhone();

    [GeneratedRegex(@"(?<!\d)\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)")]
    private static partial Regex NorthAmericanPhone();

    [GeneratedRegex(@"(?<![\d-])\d{2,6}(?:[- ]\d{2,7}){1,4}(?![\d-])|(?<!\d)\d{10,16}(?!\d)")]
    private static partial Regex AccountPattern();
}
