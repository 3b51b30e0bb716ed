using System.IO.Hashing;
using System.Text;
using System.Text.RegularExpressions;
using ReportBot.Bot.Privacy.Redaction;
using ReportBot.Dialogs.Legal;
using ReportBot.Resources;
using ReportBot.Resources.Legal;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// Replaces personal details with typed markers in the conversation's language before anything is stored: links
/// carrying tokens and profile links, e-mail addresses (also with "at" spelt out in either language), resident registration, passport
/// and licence numbers, card numbers (Luhn-checked), phone numbers however they are written (spaced, bracketed,
/// full-width, spelt as words), bank accounts, IP addresses, plates, addresses, account ids, birth dates and names
/// next to a title. The order matters: the most specific shapes go first, so a card number is not half-eaten as a
/// phone number. The support lines the bot itself gives (1366, 02-735-8994…) are never replaced, and neither are
/// dates, amounts, counts or statute numbers, which the report needs.
/// </summary>
public sealed class Redactor
{
    private static readonly Lazy<WordPatterns> DefaultWords = new(() => new WordPatterns(new PhraseCatalog()));

    // The same patterns compiled, built and run once in the background: until they are ready (a second or more of CPU,
    // longer on a busy machine) the interpreted ones answer, so no message waits for the compiler.
    private static readonly Lazy<Task<WordPatterns>> CompiledWords = new(() => Task.Run(() =>
    {
        var compiled = new WordPatterns(new PhraseCatalog(), compiled: true);
        foreach (var pattern in compiled.All)
        {
            pattern.IsMatch("1 a b \uAC00 010 1234 5678");
        }

        return compiled;
    }));

    /// <summary>Completes when the compiled patterns are ready (and starts building them if nothing has yet).</summary>
    internal static Task CompiledPatterns => CompiledWords.Value;

    private static readonly Lazy<HashSet<string>> DefaultPublished = new(() => PublishedNumbers(null));

    private readonly ITextCatalog _texts;
    private readonly WordPatterns _words;
    private RedactionRule[] _rules;
    private readonly HashSet<string> _published;
    private readonly string[] _markers;

    // Texts (by a 128-bit hash, never the text) that came through unchanged: most lines the bot writes are the same
    // prompts and menus again and again, and redacting them again would give the same answer.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, bool> _clean = new();

    public Redactor(ITextCatalog texts, IPhraseCatalog? phrases = null, LegalContentStore? legal = null)
    {
        _texts = texts;
        // The embedded lists are the same in every catalog: compile their patterns once per process, not per host.
        _words = phrases is null or PhraseCatalog ? DefaultWords.Value : new WordPatterns(phrases);
        _published = legal is null ? DefaultPublished.Value : PublishedNumbers(legal);
        _rules = Rules(_words);
        if (ReferenceEquals(_words, DefaultWords.Value))
        {
            CompiledWords.Value.ContinueWith(t => Volatile.Write(ref _rules, Rules(t.Result)), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        _markers = [.. _rules.Select(r => r.Marker).Distinct().SelectMany(m => Enum.GetValues<Language>().Select(l => texts.Get(m, l)))];
    }

    /// <summary>The rules in the order they run: the most specific shapes first.</summary>
    private static RedactionRule[] Rules(WordPatterns w) =>
        [
            new(NumberPatterns.Url(), RedactionText.Url, m => HasToken(m.Value), NeedsDigit: false),
            new(NumberPatterns.ProfileLink(), RedactionText.Url, NeedsDigit: false),
            new(NumberPatterns.Email(), RedactionText.Email, NeedsDigit: false),
            new(w.LooseEmail, RedactionText.Email, NeedsDigit: false),
            .. w.Context.Emails,
            new(NumberPatterns.ResidentNumber(), RedactionText.ResidentRegistrationNumber),
            new(w.ResidentNumberAfterCue, RedactionText.ResidentRegistrationNumber),
            new(w.BirthDateAfterCue, RedactionText.BirthDate),
            new(NumberPatterns.BirthYear(), RedactionText.BirthDate),
            new(NumberPatterns.DiscordTag(), RedactionText.Handle),
            new(w.IdAfterCue, RedactionText.IdNumber, WordPatterns.HasSixDigits),
            new(NumberPatterns.Passport(), RedactionText.IdNumber),
            new(NumberPatterns.DrivingLicence(), RedactionText.IdNumber),
            new(NumberPatterns.IpV4(), RedactionText.IpAddress),
            new(NumberPatterns.DigitRun(), RedactionText.CardNumber, m => IsCardNumber(m.Value)),
            new(NumberPatterns.KoreanInternationalPhone(), RedactionText.Phone, EightDigits),
            new(NumberPatterns.KoreanInternationalPhoneWithoutPlus(), RedactionText.Phone),
            new(NumberPatterns.KoreanMobilePhone(), RedactionText.Phone, EightDigits),
            new(NumberPatterns.SpacedMobilePhone(), RedactionText.Phone),
            new(NumberPatterns.KoreanLandline(), RedactionText.Phone, EightDigits),
            new(NumberPatterns.KoreanLandlineWithParentheses(), RedactionText.Phone, EightDigits),
            new(NumberPatterns.InternationalPhone(), RedactionText.Phone, EightDigits),
            new(NumberPatterns.NorthAmericanPhone(), RedactionText.Phone, EightDigits),
            new(NumberPatterns.CompanyNumber(), RedactionText.Phone),
            new(w.SpeltPhone, RedactionText.Phone, NeedsDigit: false),
            new(w.Plate, RedactionText.Plate),
            new(w.PlateAfterCue, RedactionText.Plate),
            new(NumberPatterns.Account(), RedactionText.AccountNumber, m => m.Value.Count(char.IsAsciiDigit) is >= 10 and <= 16),
            // Before the numbered homes, so "Samsung Tower 17F" goes whole (the unit rule would take "Tower 17F" alone).
            w.EnglishBuildings.Rule,
            new(w.Apartment, RedactionText.Address),
            new(w.Lot, RedactionText.Address),
            new(w.Road, RedactionText.Address, w.IsRoad),
            new(w.Unit, RedactionText.Address),
            new(w.EnglishStreet, RedactionText.Address),
            .. w.Context.Places,
            new(w.HandleAfterCue, RedactionText.Handle, w.IsHandle, NeedsDigit: false),
            new(NumberPatterns.AtHandle(), RedactionText.Handle, NeedsDigit: false),
            .. w.Context.Spoken.Handles,
            new(w.NameWithTitle, RedactionText.Name, w.IsKoreanName, NeedsDigit: false),
            new(w.NameAfterWord, RedactionText.Name, w.IsKoreanName, NeedsDigit: false),
            new(w.EnglishName, RedactionText.Name, w.IsEnglishName, NeedsDigit: false),
            .. w.Context.Names,
            w.Vocatives.Rule,
            w.Vocatives.Standing,
            w.Vocatives.WithParticle,
            w.RomanisedNames.Apposition,
            w.RomanisedNames.Possessive,
            w.RomanisedNames.Companion,
            // After the names: a class number is the cue for the name that follows it.
            .. w.Context.Affiliations,
        ];

    public string Redact(string? text, Language language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var hash = text.Length >= MinimumCachedLength ? XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan())) : default;
        if (hash != default && _clean.ContainsKey(hash))
        {
            return text;
        }

        var original = text;
        var scan = ScanText.From(text, _words.SpeltDigits);
        var digits = scan.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var words = _words.Context.MayHoldAny(scan);
        foreach (var rule in Volatile.Read(ref _rules))
        {
            if (rule.MayMatch(scan, digits, words))
            {
                (original, scan) = Apply(rule, original, scan, _texts.Get(rule.Marker, language));
            }
        }

        if (hash != default && ReferenceEquals(original, text))
        {
            if (_clean.Count >= MaxCachedTexts)
            {
                _clean.Clear();
            }

            _clean.TryAdd(hash, true);
        }

        return original;
    }

    // Short lines are cheap to redact and many are the survivor's own; the cache is for the bot's longer replies.
    private const int MinimumCachedLength = 40;
    private const int MaxCachedTexts = 4096;

    /// <summary>Replaces what the rule finds in the scan copy at the same place in both texts, so they stay aligned.</summary>
    private (string Original, string Scan) Apply(RedactionRule rule, string original, string scan, string marker)
    {
        StringBuilder? result = null;
        StringBuilder? scanned = null;
        var last = 0;
        for (var match = rule.Pattern.Match(scan); match.Success;)
        {
            var part = match.Groups["x"] is { Success: true } x ? x : (Group)match;
            if (part.Index < last || (rule.Accept is { } accept && !accept(match)) || Protected(original.AsSpan(part.Index, part.Length), part.Value))
            {
                // Look again one character on: a refused match must not hide a real one it overlaps (a department, a title, then a name).
                match = match.Index + 1 < scan.Length ? rule.Pattern.Match(scan, match.Index + 1) : Match.Empty;
                continue;
            }

            result ??= new StringBuilder(original.Length);
            scanned ??= new StringBuilder(scan.Length);
            result.Append(original, last, part.Index - last).Append(marker);
            scanned.Append(scan, last, part.Index - last).Append(marker);
            last = part.Index + part.Length;
            match = match.NextMatch();
        }

        if (result is null || scanned is null)
        {
            return (original, scan);
        }

        result.Append(original, last, original.Length - last);
        scanned.Append(scan, last, scan.Length - last);
        return (result.ToString(), scanned.ToString());
    }

    // A marker already placed is not redacted again, and neither is a support line the bot gives out.
    private bool Protected(ReadOnlySpan<char> original, string scanned)
    {
        if (original.Contains('[') || original.Contains(']'))
        {
            foreach (var marker in _markers)
            {
                if (original.Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return _published.Count > 0 && _published.Contains(string.Concat(scanned.Where(char.IsAsciiDigit)));
    }

    private static HashSet<string> PublishedNumbers(LegalContentStore? legal)
    {
        LegalContent? content;
        try
        {
            content = (legal ?? LegalContentStore.Load(new LegalContentOptions())).Content;
        }
        catch (IOException)
        {
            content = null;
        }

        return [.. (content?.Organisations ?? []).SelectMany(o => o.Phones)
            .Select(p => string.Concat(p.Where(char.IsAsciiDigit))).Where(d => d.Length > 0)];
    }

    // A plain link to a public page can be evidence the survivor wants kept; a query, fragment or user-info part
    // is where session tokens, invitation codes and passwords travel.
    private static bool HasToken(string url) =>
        url.Contains('?', StringComparison.Ordinal) || url.Contains('#', StringComparison.Ordinal) || url.IndexOf('@', url.IndexOf("//", StringComparison.Ordinal) + 2) > 0;

    private static bool EightDigits(Match match) => match.Value.Count(char.IsAsciiDigit) >= 8;

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
}
