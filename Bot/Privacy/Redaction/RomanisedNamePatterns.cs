using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;
using static ReportBot.Bot.Privacy.Redaction.PatternParts;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// A Korean given name outside the lists, romanised and typed in lower case (since the ninth blind batch): two syllables
/// common in given names (redaction.name_syllables, with the usual spellings of them: "hyun", "joon", "young") as one word,
/// set off by commas after a relation word ("my ex, taeyang, posted it") or before a possessive ("went to dohyun's after the
/// party"). Romanised words and English words of the same shape ("haha", "soda", "seoul") are listed in
/// redaction.not_romanised_names; words the other lists know as no name (redaction.not_names, redaction.not_handles) stay too.
/// </summary>
internal sealed class RomanisedNamePatterns
{
    /// <summary>Other spellings of the listed syllables, as people romanise their names.</summary>
    private static readonly string[] Spellings =
    [
        "hyun", "hyuk", "young", "kyung", "jung", "sung", "joon", "woo", "soo", "hee", "yang", "ah", "yoon", "hoon", "jee",
        "kyu", "chul", "sik", "gun", "hwa", "ri", "rim", "rang", "bae", "ra", "lim", "eon", "hyung", "yeol", "ki", "jo",
    ];

    private readonly HashSet<string> _notNames;

    public RomanisedNamePatterns(IPhraseCatalog phrases, IEnumerable<string> notNames, RegexOptions extra)
    {
        var syllables = phrases.Get(RedactionPhrases.NameSyllables, Language.English).Concat(Spellings)
            .Where(s => s.All(char.IsAsciiLetter)).Distinct().OrderByDescending(s => s.Length);
        var syllable = $"(?:{string.Join('|', syllables)})";
        var name = $@"(?<x>{syllable}{syllable})";
        _notNames = new HashSet<string>([.. phrases.Get(RedactionPhrases.NotRomanisedNames, Language.English), .. notNames], StringComparer.OrdinalIgnoreCase);
        var kin = Alt(phrases.Get(RedactionPhrases.KinWords, Language.English));
        Apposition = new RedactionRule(
            new Regex($@"\b(?:my|his|her|our|their|the)\s+(?:ex[-\s]?)?(?:{kin})\s*,\s*{name}\s*,", AnyCase | extra),
            RedactionText.Name,
            IsName,
            NeedsDigit: false);
        Possessive = new RedactionRule(
            new Regex($@"(?<![A-Za-z'\u2019]){name}(?=['\u2019]s\b)", AnyCase | extra),
            RedactionText.Name,
            IsName,
            NeedsDigit: false);
        Companion = new RedactionRule(
            new Regex($@"(?:(?<=\b(?:me\s+and|it\s+was|it\s+is)\s+){name}\b(?!['\u2019-])|(?<![A-Za-z'\u2019-]){name}(?=\s+(?:and\s+(?:i|me)\b|from\s+(?:my|our|his|her|the)\s)))", AnyCase | extra),
            RedactionText.Name,
            IsName,
            NeedsDigit: false);
    }

    /// <summary>
    /// "me and haon were at the party", "taeo from my class posted it", "it was minjae" (since the eleventh blind batch): a
    /// romanised name with no relation word, in the places only a person stands: after "me and" or "it was", or before "and
    /// i" or "from my class".
    /// </summary>
    public RedactionRule Companion { get; }

    /// <summary>"my ex, taeyang, posted it": a romanised name set off by commas after a relation word.</summary>
    public RedactionRule Apposition { get; }

    /// <summary>"went to dohyun's": a romanised name in lower case before a possessive.</summary>
    public RedactionRule Possessive { get; }

    private bool IsName(Match match) => !_notNames.Contains(match.Groups["x"].Value);
}
