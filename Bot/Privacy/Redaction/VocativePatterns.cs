using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;
using static ReportBot.Bot.Privacy.Redaction.PatternParts;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// A Korean given name outside the list, called out in reported speech (since the seventh blind batch): "dong-hyeok-a jebal
/// geumanhae rago", "hye-rin-a sajin jiwojwo". Two syllables that are both common in given names
/// (redaction.name_syllables), then the vocative ending that fits the last one (a after a final consonant, ya after none),
/// at the start of the line or of a quote or after a space, in a line that reports speech or a message
/// (redaction.vocative_cues), with words of its own before the cue (so "geureon gyeong-u-ya rago", "such a case, he
/// said", is no name). Everyday words that end the same way ("gwaenchana", "eodiya", "chinguya") hold a syllable
/// outside the list. The search starts at the ending, so a line without one costs one vectorised search.
/// </summary>
internal sealed class VocativePatterns
{
    // The vocative endings a and ya, written as escapes: code outside Resources holds no Korean text.
    private const char A = '\uC544';
    private const char Ya = '\uC57C';

    // The friendly "i" a name with a final consonant takes before a particle, the honorific "ssi", "rang" (with; after "ssi"
    // only: "yeongsang-i-rang" is an ordinary noun) and the polite "yo".
    private const char I = '\uC774';
    private const char Ssi = '\uC528';
    private const char Rang = '\uB791';
    private const char Yo = '\uC694';

    private readonly HashSet<string> _notNames;

    public VocativePatterns(IPhraseCatalog phrases, RegexOptions extra)
    {
        var syllables = string.Concat(phrases.Get(RedactionPhrases.NameSyllables, Language.Korean).Where(s => s.Length == 1));
        var cues = Alt(phrases.Get(RedactionPhrases.VocativeCues, Language.Korean));
        _notNames = [.. phrases.Get(RedactionPhrases.NamesThatAreWords, Language.Korean), .. phrases.Get(RedactionPhrases.NotNames, Language.Korean)];
        Rule = new RedactionRule(
            new Regex(
                $@"(?<=(?:^|[\s""'\u201C\u2018(,])(?<x>[{syllables}][{syllables}]))[{A}{Ya}](?=[\s,.!?~""'\u201D\u2019]+(?!{cues})\S)(?=[^\n]{{0,40}}?(?:{cues}))",
                Plain | extra),
            RedactionText.Name,
            IsCalledOut,
            NeedsDigit: false);
        // Since the ninth blind batch, words that follow a person too ("ttaemune", "malloneun", "jibe", "yojeum").
        var apposition = Alt([.. phrases.Get(RedactionPhrases.AppositionCues, Language.Korean), .. phrases.Get(RedactionPhrases.PersonFollowers, Language.Korean)]);
        Standing = new RedactionRule(
            new Regex($@"(?<=(?:^|[\s""'\u201C\u2018(,]))(?<x>[{syllables}][{syllables}])(?=\s+(?:{apposition}))", Plain | extra),
            RedactionText.Name,
            m => !_notNames.Contains(m.Groups["x"].Value),
            NeedsDigit: false);
        var particles = Alt(phrases.Get(RedactionPhrases.NameParticles, Language.Korean));
        WithParticle = new RedactionRule(
            new Regex($@"(?<=(?:^|[\s""'\u201C\u2018(,]))(?<x>[{syllables}][{syllables}])(?=(?:(?<i>{I})(?:{particles})|{Ssi}(?:{particles}|{Rang})?){Yo}?(?:[\s,.!?~""'\u201D\u2019]|$))", Plain | extra),
            RedactionText.Name,
            IsNameWithParticle,
            NeedsDigit: false);
    }

    /// <summary>
    /// A given name outside the list with a particle attached (since the eleventh blind batch): the same two name syllables,
    /// the second with a final consonant, then the friendly "i" that only a name takes before a particle ("ra-on-i-ga",
    /// "ha-rin-i-hante", "ra-on-i-neun": an ordinary noun takes the particle straight, "yeongsang-i", never "yeongsang-i-ga"),
    /// or the honorific "ssi" with or without a particle ("ra-on-ssi-ga"), as a word of its own. A name with no final
    /// consonant and a bare particle ("si-o-ga", "se-o-rang") has the shape of hundreds of ordinary words ("sori-ga",
    /// "dari-ga") and is left.
    /// </summary>
    public RedactionRule WithParticle { get; }

    /// <summary>
    /// A given name outside the list standing alone (since the eighth blind batch): the same two name syllables as a word of
    /// their own, right before a word pointing back at the person or a verb of meeting ("chan-hyeok geu saekki-ga", "dong-hyeok
    /// gyae-ga", "jae-hyeon mannanneunde"), or, since the ninth blind batch, before a word that follows a person ("han-gyeol
    /// yojeum", "eun-ho ttaemune", "yun-jae malloneun"); words made of those syllables that are no name are listed in redaction.not_names.
    /// </summary>
    public RedactionRule Standing { get; }

    /// <summary>A name called out in reported speech (run with the other names).</summary>
    public RedactionRule Rule { get; }

    // The friendly "i" follows only a final consonant ("ra-on-i-ga", not "si-o-i-ga"); the two syllables are no listed word.
    private bool IsNameWithParticle(Match match)
    {
        var name = match.Groups["x"].Value;
        return !_notNames.Contains(name) && (!match.Groups["i"].Success || (name[^1] - '\uAC00') % 28 != 0);
    }

    // The ending fits the name (dong-hyeok-a, min-ji-ya; not min-ji-a), and the two syllables are no listed word.
    private bool IsCalledOut(Match match)
    {
        var name = match.Groups["x"].Value;
        var hasFinal = (name[^1] - '\uAC00') % 28 != 0;
        return (match.Value[^1] == A) == hasFinal && !_notNames.Contains(name);
    }
}
