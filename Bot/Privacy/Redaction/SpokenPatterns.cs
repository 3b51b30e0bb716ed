using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;
using static ReportBot.Bot.Privacy.Redaction.PatternParts;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// Details said the way people talk rather than announced (added after the fourth blind batch, Tests/Privacy/pii.blind4.tsv):
/// a person right after a relation word, where even a name that is a word is a name ("my boss Mark", "my coworker june"),
/// or a listed name before "from HR"; an account named around a platform ("on X he's called bigboss", "minjun_kk on ig", "his discord is
/// nightowl and..."); a team named in English ("on the search team"). A listed Korean given name standing alone ("minsu
/// geuraesseoyo") and a neighbourhood with the kind of home before "I live" ("mangwon-dong wonrum sarayo") are read by
/// <see cref="ContextPatterns"/>'s rules for those. A group named "x" is the part replaced.
/// </summary>
internal sealed class SpokenPatterns
{
    private readonly HashSet<string> _englishNames; // listed given names and names that are words
    private readonly HashSet<string> _notNamesEnglish;
    private readonly HashSet<string> _notHandles;
    private readonly HashSet<string> _wordNames;

    public SpokenPatterns(IPhraseCatalog phrases, RegexOptions extra, ContextPatterns context)
    {
        IReadOnlyList<string> Ko(PhraseKey key) => phrases.Get(key, Language.Korean);
        IReadOnlyList<string> En(PhraseKey key) => phrases.Get(key, Language.English);
        _notHandles = context.NotHandles;
        _notNamesEnglish = new HashSet<string>(En(RedactionPhrases.NotNames), StringComparer.OrdinalIgnoreCase);
        _wordNames = new HashSet<string>(En(RedactionPhrases.NamesThatAreWords), StringComparer.OrdinalIgnoreCase);
        string[] englishNames = [.. En(RedactionPhrases.NamesThatAreWords), .. En(RedactionPhrases.GivenNames)];
        _englishNames = new HashSet<string>(englishNames, StringComparer.OrdinalIgnoreCase);

        var names = Alt(englishNames);
        var relation = new Regex(
            $@"\b(?:my|his|her|our|their|a|the)\s+(?:ex[-\s]?)?(?:{Alt(En(RedactionPhrases.KinWords))})\s*,?\s+(?<x>(?-i:[A-Z][a-z]{{1,15}}(?:-[A-Za-z][a-z]+)?)|{names})\b(?!-)(?<closed>(?=\s*(?:[,.!?;)]|$)|\s+(?:who|and|but|from|said|says|told|sent|did|was|is|has|had|kept|keeps)\b))?",
            AnyCase | extra);
        var fromDepartment = new Regex(
            $@"\b(?<x>(?-i:[A-Z][a-z]{{1,15}}))\s+from\s+(?-i:HR|IT|PR|QA|HQ)\b",
            AnyCase | extra);

        // "X" written in capitals is the platform; the other platforms in any case. The account is named by "called", "named",
        // "goes by" anywhere after the platform, or by "is" after a platform that is someone's ("his discord is nightowl").
        var platforms = Alt([.. Ko(RedactionPhrases.Platforms), .. En(RedactionPhrases.Platforms).Where(p => p.Length > 2 || p.Any(char.IsAsciiLetterLower))])
            + "|" + string.Join('|', En(RedactionPhrases.Platforms).Where(p => p.Length <= 2 && !p.Any(char.IsAsciiLetterLower)).Select(p => $"(?-i:{Regex.Escape(p)})"));
        var handle = new Regex(
            $@"(?:(?<![A-Za-z])(?:{platforms})(?![A-Za-z])[^.\n!?]{{0,25}}?\b(?:called|named|goes\s+by)|\b(?:his|her|my|their|your)\s+(?:{platforms})(?:\s+(?:id|name|handle|username|account))?\s+(?:is|was))\s+@?(?<x>[A-Za-z0-9_][A-Za-z0-9._]{{1,28}}[A-Za-z0-9_](?:#\d{{4}})?)(?![A-Za-z0-9_@#])(?=\s*(?:[.,!?;)~]|$|[{H}])|\s+(?:and|but|so|who|he|she|they|btw|lol)\b)",
            AnyCase | extra);

        // A handle-shaped word (letters with a digit, "_" or ".") right before the platform it is on: "from minjun_kk on ig".
        var handleBeforePlatform = new Regex(
            $@"(?<![\w@.#])@?(?<x>(?=[A-Za-z0-9._]*[A-Za-z])(?=[A-Za-z0-9._]*[_.0-9])[A-Za-z0-9_][A-Za-z0-9._]{{1,28}}[A-Za-z0-9_])\s+(?:on|in|from|via)\s+(?:{platforms})(?![A-Za-z])",
            AnyCase | extra);

        // A company or school named with the verb of going or working there (since the twelfth blind batch): "hanbit-jeonja
        // danyeoyo", "mirae-mulsan-eseo ilhaeyo", "saesol-go danyeoyo", "i work at hanbit electronics", "i go to haeoreum university".
        // The name must end in a company or school word and begin with a word of its own ("hoesa danyeoyo", "i work at a cafe",
        // "he goes to my school" stay).
        var orgVerbsKo = Alt(Ko(RedactionPhrases.OrgVerbs));
        var orgSuffixesKo = Alt(Ko(RedactionPhrases.OrgSuffixes));
        var orgKorean = new Regex(
            $@"(?<![{H}])(?<x>(?<stem>[{H}]{{1,8}}?)(?:{orgSuffixesKo}))(?=\s?(?:\uC5D0\uC11C|\uC5D0|\uC744|\uB97C)?\s?(?:{orgVerbsKo}))",
            Plain | extra);
        var orgVerbsEn = Alt(En(RedactionPhrases.OrgVerbs));
        var orgEnglish = new Regex(
            $@"\b(?:{orgVerbsEn})\s+(?<x>(?<first>[A-Za-z]{{2,20}})(?:\s+[A-Za-z]{{2,20}}){{0,2}}?\s+(?:{Alt(En(RedactionPhrases.OrgSuffixes))}))\b",
            AnyCase | extra);
        _verbEndings = ["\uD558\uACE0", "\uB418\uACE0", "\uB0B4\uACE0", "\uCE58\uACE0", "\uB9AC\uACE0", "\uB974\uACE0", "\uC6B0\uACE0", "\uC2DC\uACE0", "\uC774\uACE0",
            "\uBCF4\uACE0", "\uD0C0\uACE0", "\uB4E4\uACE0", "\uCC28\uACE0", "\uB2EC\uACE0", "\uB07C\uACE0", "\uBA39\uACE0", "\uC4F0\uACE0", "\uB193\uACE0", "\uB450\uACE0",
            "\uC8FC\uACE0", "\uBC1B\uACE0", "\uC54C\uACE0", "\uC0B4\uACE0", "\uC6B8\uACE0", "\uC6C3\uACE0", "\uC9C0\uACE0", "\uB098\uACE0", "\uC624\uACE0", "\uAC00\uACE0",
            "\uB294\uC911", "\uD558\uB294\uC911"];
        _determiners = new HashSet<string>(["a", "an", "the", "my", "his", "her", "our", "their", "your", "this", "that", "some", "same", "local", "public", "another", "one", "work", "school", "church", "bed", "class"], StringComparer.OrdinalIgnoreCase);
        OrgVerbWords = [.. En(RedactionPhrases.OrgVerbs)];

        var team = new Regex(
            $@"\b(?:on|in|from|of|with|joined|at)\s+(?:the|our|his|her|my|their|a)\s+(?<x>(?<first>[A-Za-z]{{2,20}})\s+(?:team|department|dept|division))\b",
            AnyCase | extra);

        // The cheap checks (few words, as the one search before all rules slows with many): a relation word, a short one
        // with its determiner ("my ex", as "ex" is in "next");
        // a platform of more than two letters, or "ig", "fb", "X" as a word of their own; "from" and a department's initials.
        string[] determiners = ["my", "his", "her", "our", "their", "a", "the"];
        string[] relations = [.. En(RedactionPhrases.KinWords).SelectMany(r => r.Length > 3 ? [r] : determiners.Select(d => $"{d} {r}"))];
        string[] platformWords = [.. Ko(RedactionPhrases.Platforms), .. En(RedactionPhrases.Platforms).Where(p => p.Length > 2), .. En(RedactionPhrases.Platforms).Where(p => p.Length <= 2).SelectMany(p => new[] { $" {p} ", $" {p},", $" {p}.", $" on {p}" })];
        string[] teamWords = ["team", "department", "dept", "division"];
        string[] fromWords = ["from hr", "from it", "from pr", "from qa", "from hq"];
        AnyEnglishWord = [.. relations, .. platformWords, .. teamWords, .. fromWords, .. En(RedactionPhrases.OrgVerbs)];
        Names =
        [
            new(relation, RedactionText.Name, IsRelatedName, NeedsDigit: false, Needs: [Words(relations)]),
            new(fromDepartment, RedactionText.Name, m => _englishNames.Contains(m.Groups["x"].Value), NeedsDigit: false, Needs: [Words(englishNames), Words(fromWords)]),
        ];
        Handles =
        [
            new(handle, RedactionText.Handle, IsHandle, NeedsDigit: false, Needs: [Words(platformWords), Words(["called", "named", "goes by", " is ", " was "])]),
            new(handleBeforePlatform, RedactionText.Handle, IsHandle, NeedsDigit: false, Needs: [Words(platformWords), Words([" on ", " in ", " from ", " via "])]),
        ];
        Affiliations =
        [
            new(team, RedactionText.Affiliation, context.IsNamedPlace, NeedsDigit: false, Needs: [Words(teamWords)]),
            new(orgKorean, RedactionText.Affiliation, m => context.IsNamedPlace(m) && IsOrgName(m), NeedsDigit: false, Needs: [Words([.. Ko(RedactionPhrases.OrgVerbs)])]),
            new(orgEnglish, RedactionText.Affiliation, m => !_determiners.Contains(m.Groups["first"].Value) && context.IsNamedPlace(m), NeedsDigit: false, Needs: [Words([.. En(RedactionPhrases.OrgVerbs)])]),
        ];
    }

    /// <summary>English words without which none of these rules can match (added to the one cheap check before them all).</summary>
    public string[] AnyEnglishWord { get; }

    public RedactionRule[] Names { get; }

    public RedactionRule[] Handles { get; }

    public RedactionRule[] Affiliations { get; }

    /// <summary>The English verbs of going to a school or working at a company (for the one cheap check before every rule).</summary>
    public string[] OrgVerbWords { get; }

    private readonly string[] _verbEndings;
    private readonly HashSet<string> _determiners;

    // A name of its own before the company or school word, not a verb form ("jarang-hago danyeoyo", he goes around bragging).
    private bool IsOrgName(Match match) =>
        match.Groups["stem"].Value.Length > 0 && !_verbEndings.Any(e => match.Groups["x"].Value.EndsWith(e, StringComparison.Ordinal));

    public IEnumerable<Regex> All => [.. Names.Concat(Handles).Concat(Affiliations).Select(r => r.Pattern)];

    // After a relation word a capitalised word is a name unless it is a place or organisation word; a lower-case one only
    // when it is a listed name (so "my friend said" stays), and a lower-case name that is also a word only when its clause
    // closes or a conjunction or a verb of telling follows ("my coworker june who", not "my boss will kill me").
    private bool IsRelatedName(Match match) =>
        match.Groups["x"].Value is var name
        && (char.IsAsciiLetterUpper(name[0])
            ? _englishNames.Contains(name) || (!_notNamesEnglish.Contains(name) && !_notHandles.Contains(name))
            : _englishNames.Contains(name) && (!_wordNames.Contains(name) || match.Groups["closed"].Success));

    private bool IsHandle(Match match) =>
        match.Groups["x"].Value is var id && id.Any(char.IsAsciiLetter) && !_notHandles.Contains(id) && !_notNamesEnglish.Contains(id);
}
