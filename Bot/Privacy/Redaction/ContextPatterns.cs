using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// Details that no title, cue word or digit announces, found by their shape in context (Resources/Phrases/redaction.json,
/// added after the third blind batch): a common given name with a particle, copula or kinship word attached ("minsu-ga",
/// "jieun-i-hante", "jake"), a neighbourhood (dong) after a district or before "I live", a complex or building name,
/// a school with its class, and a numbered team. A group named "x" is the part that is replaced.
/// </summary>
internal sealed class ContextPatterns
{
    private const string H = "\uAC00-\uD7A3";
    private const string Dong = "\uB3D9";
    private const string Ga = "\uAC00";
    private const string Danji = "\uB2E8\uC9C0";
    private const string Grade = "\uD559\uB144";
    private const string Class = "\uBC18";
    private const string Team = "\uD300";
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const RegexOptions AnyCase = Options | RegexOptions.IgnoreCase;

    // Districts (gu, si, gun) before a dong, and the verbs of living somewhere (sal-, sa-neun, sam-, geoju) after one.
    private const string District = "\uAD6C|\uC2DC|\uAD70";
    private const string Living = "\uC0B4|\uC0AC\uB294|\uC0BD|\uAC70\uC8FC";
    private const string At = "\uC5D0\uC11C|\uC5D0";

    // The hypocoristic -i of a Korean given name ending in a consonant (jieun-i), and copula endings (-inde, -ya, -a).
    private const string NameI = "\uC774";
    private const string Copula = "\uC778\uB370|\uC57C|\uC544|\uB9CC";

    private readonly string[] _notPlaces;
    private readonly HashSet<string> _notPlacesEnglish;

    public ContextPatterns(IPhraseCatalog phrases, RegexOptions extra)
    {
        IReadOnlyList<string> Ko(PhraseKey key) => phrases.Get(key, Language.Korean);
        IReadOnlyList<string> En(PhraseKey key) => phrases.Get(key, Language.English);
        _notPlaces = [.. Ko(RedactionPhrases.NotPlaces)];
        _notPlacesEnglish = new HashSet<string>(En(RedactionPhrases.NotPlaces), StringComparer.OrdinalIgnoreCase);
        NotHandles = new HashSet<string>([.. Ko(RedactionPhrases.NotHandles), .. En(RedactionPhrases.NotHandles)], StringComparer.OrdinalIgnoreCase);

        var end = @"(?:[\s,.!?)~]|$)";
        var particles = Alt([.. Ko(RedactionPhrases.Particles), .. Copula.Split('|')]);
        var kin = Alt(Ko(RedactionPhrases.KinWords));
        var given = Alt(Ko(RedactionPhrases.GivenNames));
        var surname = Alt(Ko(RedactionPhrases.Surnames));
        KoreanGivenName = new Regex(
            $@"(?<![{H}])(?:{surname})?(?:{given})(?=(?:{NameI}(?:{kin})?|{kin}|{particles})(?:{particles})*{end})", Options | extra);

        var romanised = Alt(En(RedactionPhrases.GivenNames)).Replace("-", "-?", StringComparison.Ordinal);
        EnglishGivenName = new Regex($@"\b(?:{romanised})(?:\s+(?:{Alt(En(RedactionPhrases.Surnames))}))?\b(?!-)", AnyCase | extra);

        var placeEnd = $@"(?=(?:{particles}|{At}|{Living})?(?:[^{H}]|$)|{Living})";
        var lotNumber = $@"(?:\s?\d{{1,2}}{Ga})?";
        Neighbourhood = new Regex(
            $@"(?<![{H}])[{H}]{{1,5}}(?:{District})\s(?<x>[{H}]{{1,5}}{Dong}{lotNumber}){placeEnd}|(?<![{H}])[{H}]{{1,5}}{Dong}\s?\d{{1,2}}{Ga}|(?<![{H}])[{H}]{{1,5}}{Dong}(?=\s?(?:(?:{At})\s?)?(?:{Living}))|\b[A-Za-z]{{3,12}}[-\s]?dong\b",
            AnyCase | extra);

        var suffixes = Alt(Ko(RedactionPhrases.PlaceSuffixes));
        Complex = new Regex(
            $@"(?<![{H}])(?:[{H}]{{1,5}}{Dong}\s)?(?<stem>[{H}]{{1,8}}?)(?:{suffixes})(?:\s?\d{{1,4}}{Dong}|\s?\d{{1,2}}{Danji})?(?!\d)|(?<![{H}])(?:[{H}]{{1,5}}{Dong}\s)?(?<stem>[{H}]{{2,8}})\s?\d{{1,2}}{Danji}",
            Options | extra);

        var schools = Alt(Ko(RedactionPhrases.SchoolWords));
        var titles = Alt(Ko(RedactionPhrases.Titles).Where(t => t.Length >= 2));
        Affiliation = new Regex(
            $@"(?:(?<![{H}])[{H}]{{1,8}}(?:{schools})\s?)?(?:\d\s?{Grade}\s?\d{{1,2}}\s?{Class}|(?<![\d-])\d-\d{{1,2}}\s?{Class})"
            + $@"|(?<![{H}])(?<stem>[{H}]{{1,8}})\s?\d{{1,2}}\s?{Team}|(?<![{H}])(?<stem>[{H}]{{2,8}}){Team}(?=\s?(?:{titles}))"
            + $@"|\bclass\s?\d-\d{{1,2}}\b|\b(?<first>[A-Za-z]+)\s(?:{Alt(En(RedactionPhrases.SchoolWords))})\b",
            AnyCase | extra);
    }

    public Regex KoreanGivenName { get; }

    public Regex EnglishGivenName { get; }

    public Regex Neighbourhood { get; }

    public Regex Complex { get; }

    public Regex Affiliation { get; }

    /// <summary>Latin words that follow a messenger's name without being an account id ("my insta is private").</summary>
    public HashSet<string> NotHandles { get; }

    public IEnumerable<Regex> All => [KoreanGivenName, EnglishGivenName, Neighbourhood, Complex, Affiliation];

    /// <summary>A place or team name, not an ordinary word before the place word ("uri apateu", our flat; "the same high school").</summary>
    public bool IsNamedPlace(Match match) =>
        (match.Groups["stem"] is not { Success: true } stem || !_notPlaces.Any(word => stem.Value.StartsWith(word, StringComparison.Ordinal)))
        && (match.Groups["first"] is not { Success: true } first || !_notPlacesEnglish.Contains(first.Value));

    private static string Alt(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
}
