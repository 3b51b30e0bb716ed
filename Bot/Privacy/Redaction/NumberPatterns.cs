using System.Text.RegularExpressions;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>Personal details with a fixed shape of digits; read on the <see cref="ScanText"/> copy (ASCII digits and dashes).</summary>
internal static partial class NumberPatterns
{
    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    public static partial Regex Url();

    // Profile and chat links on the networks people name an offender by, and the boards and communities where a survivor is
    // named (Naver cafes and blogs, Everytime, Blind, Nate Pann, DC Inside, TheQoo; since the thirteenth blind batch); with or
    // without the scheme.
    [GeneratedRegex(@"(?<![\w.@/-])(?:https?://)?(?:www\.|m\.)?(?:instagram\.com|instagr\.am|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com|threads\.net|open\.kakao\.com|pf\.kakao\.com|story\.kakao\.com|t\.me|band\.us|linkedin\.com|snapchat\.com|youtube\.com/@|blog\.naver\.com|post\.naver\.com|cafe\.naver\.com|cafe\.daum\.net|blog\.daum\.net|everytime\.kr|teamblind\.com|pann\.nate\.com|gall\.dcinside\.com|theqoo\.net)/?[^\s<>""']*[\w/]", RegexOptions.IgnoreCase)]
    public static partial Regex ProfileLink();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    public static partial Regex Email();

    // YYMMDD, then the 7-digit back part starting with 1-8 (5-8 for registered foreigners), joined by a hyphen or
    // by a few words ("950101, back part 1234567").
    [GeneratedRegex(@"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[^\d\n]{0,6}?[1-8]\d{6}(?!\d)")]
    public static partial Regex ResidentNumber();

    // A year or a date of birth said with "saeng" (born): "99nyeonsaeng", "1999nyeonsaeng", "1999.03.15saeng" (since the twelfth blind batch).
    [GeneratedRegex(@"(?<![\d.])\d{2}(?:\d{2})?\s?\uB144\s?\uC0DD|(?<![\d.])\d{2,4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\s?\uC0DD")]
    public static partial Regex BirthYear();

    // A Discord tag, a name with '#' and four digits ("shadow#4821"): no ordinary word has that shape.
    [GeneratedRegex(@"(?<![\w#@.])[A-Za-z0-9_.]{2,32}#\d{4}(?!\d)")]
    public static partial Regex DiscordTag();

    [GeneratedRegex(@"(?<![\d-])\d(?:[- ]?\d){12,18}(?![\d-])")]
    public static partial Regex DigitRun();

    [GeneratedRegex(@"\+\s?82[-. ]?(?:\(0\))?[-. ]?0?(?:1[016789]|2|[3-6][1-5]|70)[-. )]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    public static partial Regex KoreanInternationalPhone();

    // "82-10-…" written without the plus.
    [GeneratedRegex(@"(?<![\d+])82[-. ]+0?1[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    public static partial Regex KoreanInternationalPhoneWithoutPlus();

    [GeneratedRegex(@"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    public static partial Regex KoreanMobilePhone();

    // However the ten or eleven digits of a mobile number are spaced, bracketed or slashed: "0 1 0 1 2 3…",
    // "(010)3333-4444", "010/2468/1357", "010 - 6666 - 2222", "010-98-765432".
    [GeneratedRegex(@"(?<![\d-])\(?0 ?1 ?[016789]\)?(?:[ \-./)]{0,3}\d){7,8}(?![\d])")]
    public static partial Regex SpacedMobilePhone();

    [GeneratedRegex(@"(?<!\d)0(?:2|[3-6][1-5]|70|50\d)[-. )]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    public static partial Regex KoreanLandline();

    [GeneratedRegex(@"\(0(?:2|[3-6][1-5])\)[-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")]
    public static partial Regex KoreanLandlineWithParentheses();

    // Company numbers 15xx/16xx/18xx-xxxx: written with a separator, so "1588 2024" counts but a year does not.
    [GeneratedRegex(@"(?<![\d-])1(?:5[024-9]\d|6\d\d|8\d\d)[-. ]\d{4}(?![\d-])")]
    public static partial Regex CompanyNumber();

    [GeneratedRegex(@"\+\d{1,3}(?:[-. ]?\(?\d{1,4}\)?){2,5}(?!\d)")]
    public static partial Regex InternationalPhone();

    [GeneratedRegex(@"(?<!\d)\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)")]
    public static partial Regex NorthAmericanPhone();

    [GeneratedRegex(@"(?<![\d-])\d{2,6}(?:[- ]\d{2,7}){1,4}(?![\d-])|(?<!\d)\d{10,16}(?!\d)")]
    public static partial Regex Account();

    [GeneratedRegex(@"(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.])")]
    public static partial Regex IpV4();

    // Korean passports: a letter and eight digits, or the 2021 shape M123A4567.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[MSRODG](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")]
    public static partial Regex Passport();

    // Korean driving licence: 11-12-123456-78.
    [GeneratedRegex(@"(?<![\d-])\d{2}-\d{2}-\d{6}-\d{2}(?![\d-])")]
    public static partial Regex DrivingLicence();

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9._]{0,28}[A-Za-z0-9_])?(?![\w@])")]
    public static partial Regex AtHandle();
}
