using System.Buffers;
using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;
using static ReportBot.Bot.Privacy.Redaction.PatternParts;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// Details that no title, cue word or digit announces, found by their shape in context (Resources/Phrases/redaction.json,
/// added after the third blind batch): a common given name with a particle, copula or kinship word attached ("minsu-ga",
/// "jieun-i-hante", "jake") or, since the fourth blind batch, standing alone or quoted ("minsu geuraesseoyo", "-iraneun";
/// not the ones that alone are a verb's form, redaction.names_that_are_words), a neighbourhood (dong) after a district or before "I live", a complex or building name,
/// a school with its class, and a numbered team. A group named "x" is the part that is replaced.
/// </summary>
internal sealed class ContextPatterns
{
    private const string Dong = "\uB3D9";
    private const string Ga = "\uAC00";
    private const string Danji = "\uB2E8\uC9C0";
    private const string Grade = "\uD559\uB144";
    private const string Class = "\uBC18";
    private const string Team = "\uD300";
    private const string Floor = "\uCE35";

    // Last syllables that make the word before a floor a particle or a verb form, not a name ("-i", "-ga", "-go", "-seo", ...).
    // Syllables a verb's form ends on ("bakkwo", "haet", "bwa"): no nickname said with a board ends on one.
    private const string VerbEndings = "\uC5B4\uC544\uC6CC\uC640\uD574\uBD10\uC918\uB194\uB46C\uAFD4\uCF1C\uB824\uD600\uCCD0\uC838\uB7EC\uB354\uD588\uC600\uC5C8\uC558\uACA0";

    // Syllables a sentence ends on ("-yo", "-da", "-ne", "-kka", "-jo").
    private const string SentenceEndings = "\uC694\uB2E4\uB124\uAE4C\uC8E0";

    // The particles that close a nickname said with a board: subject and topic, "also", the copula.
    private static readonly string[] BoardNicknameParticles = ["\uC774", "\uAC00", "\uC740", "\uB294", "\uB3C4", "\uC774\uC694", "\uC774\uC5D0\uC694", "\uC608\uC694", "\uC774\uC5C8\uC5B4\uC694", "\uC600\uC5B4\uC694", "\uB77C\uB294", "\uC774\uB77C\uB294"];

    private const string NotNameEndings = "\uC774\uAC00\uC740\uB294\uC744\uB97C\uC5D0\uC758\uB85C\uB3C4\uACE0\uC11C\uBA74\uB2C8\uB370\uC694\uB2E4\uC9C0\uAC8C\uB124\uCABD\uB54C\uCE35\uB791\uC640\uACFC";

    // Districts (gu, si, gun) before a dong, and the verbs of living somewhere (sal-, sa-neun, sam-, geoju) after one.
    private const string District = "\uAD6C|\uC2DC|\uAD70";
    private const string Living = "\uC0B4|\uC0AC\uB294|\uC0BD|\uAC70\uC8FC";
    private const string At = "\uC5D0\uC11C|\uC5D0";

    // The hypocoristic -i of a Korean given name ending in a consonant (jieun-i), and copula endings (-inde, -ya, -a).
    private const string NameI = "\uC774";
    private const string Copula = "\uC778\uB370|\uC57C|\uC544|\uB9CC";

    private readonly string[] _notPlaces;
    private readonly HashSet<string> _notPlacesEnglish;
    private readonly string[] _notNames;
    private readonly string[] _titles;
    private readonly HashSet<string> _notNamesEnglish;
    private readonly HashSet<string> _bareNotNames;
    private readonly string[] _notBuildings;

    public ContextPatterns(IPhraseCatalog phrases, RegexOptions extra)
    {
        IReadOnlyList<string> Ko(PhraseKey key) => phrases.Get(key, Language.Korean);
        IReadOnlyList<string> En(PhraseKey key) => phrases.Get(key, Language.English);
        _notPlaces = [.. Ko(RedactionPhrases.NotPlaces)];
        _notPlacesEnglish = new HashSet<string>(En(RedactionPhrases.NotPlaces), StringComparer.OrdinalIgnoreCase);
        NotHandles = new HashSet<string>([.. Ko(RedactionPhrases.NotHandles), .. En(RedactionPhrases.NotHandles)], StringComparer.OrdinalIgnoreCase);
        _notNames = [.. Ko(RedactionPhrases.NotNames)];
        _titles = [.. Ko(RedactionPhrases.Titles)];
        _notNamesEnglish = new HashSet<string>([.. En(RedactionPhrases.NotNames), .. NotHandles], StringComparer.OrdinalIgnoreCase);
        _bareNotNames = [.. Ko(RedactionPhrases.NamesThatAreWords)];
        _notBuildings = [.. Ko(RedactionPhrases.FloorWords).Concat(Ko(PlacePhrases.Noun)).Concat(_notPlaces).Where(w => w.Length >= 2).Select(w => w.Replace(" ", string.Empty, StringComparison.Ordinal)).Distinct()];

        Spoken = new SpokenPatterns(phrases, extra, this);

        // Words without which a pattern cannot match: most lines hold none, and then the pattern does not run.
        var koreanNames = Words([.. Ko(RedactionPhrases.GivenNames)]);
        var englishNames = Words([.. En(RedactionPhrases.GivenNames).SelectMany(n => new[] { n, n.Replace("-", string.Empty, StringComparison.Ordinal) })]);
        var dong = Words([Dong]);
        var living = Words(Living.Split('|'));
        var districts = Words([.. District.Split('|').Select(d => d + " ")]);
        var complexWords = Words([.. Ko(RedactionPhrases.PlaceSuffixes), Danji]);
        var namingWords = Words([.. Ko(RedactionPhrases.NamingCues), .. En(RedactionPhrases.NamingCues)]);
        var honorificWords = Words([.. Ko(RedactionPhrases.Honorifics), .. En(RedactionPhrases.Honorifics)]);
        var mailWords = Words([.. Ko(RedactionPhrases.MailWords), .. En(RedactionPhrases.MailWords)]);
        _oneSyllableWords = SearchValues.Create(Dong + Class + Team + Floor + string.Concat(Ko(RedactionPhrases.Honorifics).Where(h => h.Length == 1))
            + string.Concat(Ko(RedactionPhrases.NicknameCues).Where(h => h.Length == 1)));
        // The check before any of them: Korean words by their first two syllables (the three one-syllable words by a
        // vectorised search), Latin ones by one search ignoring case.
        _koreanPairs = [.. Ko(RedactionPhrases.GivenNames).Concat(Ko(RedactionPhrases.PlaceSuffixes)).Append(Danji)
            .Concat(Ko(RedactionPhrases.NamingCues)).Concat(Ko(RedactionPhrases.MailWords)).Concat(Ko(RedactionPhrases.OrgVerbs)).Where(w => w.Length >= 2).Select(w => (w[0] << 16) | w[1])];
        AnyEnglishWord = Words([.. En(RedactionPhrases.GivenNames), .. En(RedactionPhrases.GivenNames).Select(n => n.Replace("-", string.Empty, StringComparison.Ordinal)), "dong", "class", "school",
            "name", "mail", "before the at", .. En(RedactionPhrases.Honorifics), .. Spoken.AnyEnglishWord]);

        var end = @"(?:[\s,.!?)~]|$)";
        var particles = Alt([.. Ko(RedactionPhrases.Particles), .. Copula.Split('|')]);
        var kin = Alt(Ko(RedactionPhrases.KinWords));
        var given = Alt(Ko(RedactionPhrases.GivenNames));
        var surname = Alt(Ko(RedactionPhrases.Surnames));
        var koreanGivenName = new Regex(
            $@"(?<![{H}])(?:{surname})?(?:{given})(?=(?<attached>(?:{NameI}(?:{kin})?|{kin}|{particles})(?:{particles})*{end})|(?:{NameI})?(?:{Alt(Ko(RedactionPhrases.NameEndings))})?{end})", Plain | extra);

        // A name outside the list, known by its context: after a word that names a name ("je ireum-eun Sodam-ieyo", "my name
        // is sohee"), closed by a copula or the end of the clause; or before an honorific ("Daol-ssi-hante", "Yesol-nim-i").
        var nameEndings = Alt(Ko(RedactionPhrases.NameEndings));
        var nameAfterCue = new Regex(
            $@"(?<![{H}])(?:{Alt(Ko(RedactionPhrases.NamingCues))})(?:\s*:\s*|\s+)(?<x>[{H}]{{2,3}}?)(?=(?:{nameEndings})(?:[\s,.!?)~]|$)|\s*(?:[,.!?)~]|$))", Plain | extra);
        // A nickname after a word that names one ("nikneim dalbitsonyeon-ieosseoyo"; since the ninth blind batch): a
        // handle, which may be longer than a name (up to six syllables), closed the same way.
        var nicknameCues = Ko(RedactionPhrases.NicknameCues);
        var nicknameAfterCue = new Regex(
            $@"(?<![{H}])(?:{Alt(nicknameCues)})(?:\s*:\s*|\s+)(?<x>[{H}]{{2,6}}?)(?=(?:{nameEndings})(?:[\s,.!?)~]|$)|\s*(?:[,.!?)~]|$))", Plain | extra);
        // A nickname on a board or an app, said with the board and the cue and closed by a subject particle ("eta nikneim
        // saebyeokdalbich-i daetgeul darasseoyo", "beullaindeu nik jeonguiroun-gom i ollyeosseoyo"; since the thirteenth blind batch): up to eight syllables.
        var boardNickname = new Regex(
            $@"(?<![{H}])(?:{Alt(Ko(RedactionPhrases.Boards))})\s?(?:{Alt(nicknameCues)})(?:\s*:\s*|\s+)(?<x>[{H}]{{2,8}}?)(?=\s?(?:{Alt(BoardNicknameParticles)})?(?:[\s,.!?)~]|$))", Plain | extra);
        var nameBeforeHonorific = new Regex(
            $@"(?<![{H}])(?<x>[{H}]{{2,3}})\s?(?:{Alt(Ko(RedactionPhrases.Honorifics))})(?=(?:{particles})*{end})", Plain | extra);
        var englishNameAfterCue = new Regex(
            $@"(?<![A-Za-z])(?:{Alt(En(RedactionPhrases.NamingCues))})\s+(?<x>[A-Za-z][A-Za-z-]{{1,15}})(?=\s*(?:[,.!?)]|$)|\s+(?:{Alt(En(RedactionPhrases.NameEndings))})\b)|(?<![A-Za-z])(?<x>[A-Za-z]{{2,12}})[-\s](?:{Alt(En(RedactionPhrases.Honorifics))})\b", AnyCase | extra);

        // The part of an e-mail before the at sign, described around it ("jimeil golbaengi ape sunny0312", "gmail, the part
        // before the at is jjang1004"): an id with a digit, dot or underscore soon after a mail word.
        var mailId = new Regex(
            $@"(?:{Alt([.. Ko(RedactionPhrases.MailWords), .. En(RedactionPhrases.MailWords)])})[^\n]{{0,40}}?(?<![A-Za-z0-9._%+@-])(?<x>(?=[A-Za-z0-9._-]*[0-9._])[A-Za-z][A-Za-z0-9._-]{{2,29}}[A-Za-z0-9_])(?![A-Za-z0-9_@])", AnyCase | extra);

        var romanised = Alt(En(RedactionPhrases.GivenNames)).Replace("-", "-?", StringComparison.Ordinal);
        var englishGivenName = new Regex($@"\b(?:{romanised})(?:\s+(?:{Alt(En(RedactionPhrases.Surnames))}))?\b(?!-)", AnyCase | extra);

        var placeEnd = $@"(?=(?:{particles}|{At}|{Living})?(?:[^{H}]|$)|{Living})";
        var lotNumber = $@"(?:\s?\d{{1,2}}{Ga})?";
        Regex Place(string pattern) => new(pattern, AnyCase | extra);
        var afterDistrict = Place($@"(?<![{H}])[{H}]{{1,5}}(?:{District})\s(?<x>[{H}]{{1,5}}{Dong}{lotNumber}){placeEnd}");
        var lot = Place($@"(?<![{H}])[{H}]{{1,5}}{Dong}\s?\d{{1,2}}{Ga}");
        // The kind of home may come between ("mangwon-dong wonrum sarayo", since the fourth blind batch).
        var whereILive = Place($@"(?<![{H}])[{H}]{{1,5}}{Dong}(?=\s?(?:(?:{Alt(_notPlaces.Where(w => w.Length >= 2))})\s?)?(?:(?:{At})\s?)?(?:{Living}))");
        var romanisedDong = Place(@"\b[A-Za-z]{3,12}[-\s]?dong\b");

        // A flat's building and unit written in English with the Korean words (since the eleventh blind batch): "105dong 1102ho".
        var romanisedFlat = Place(@"\b\d{1,4}\s?-?\s?dong\s?\d{1,4}\s?-?\s?ho\b");

        var suffixes = Alt(Ko(RedactionPhrases.PlaceSuffixes));
        var complex = new Regex(
            $@"(?<![{H}])(?:[{H}]{{1,5}}{Dong}\s)?(?<stem>[{H}]{{1,8}}?)(?:{suffixes})(?:\s?\d{{1,4}}{Dong}|\s?\d{{1,2}}{Danji})?(?!\d)|(?<![{H}])(?:[{H}]{{1,5}}{Dong}\s)?(?<stem>[{H}]{{2,8}})\s?\d{{1,2}}{Danji}",
            Plain | extra);

        var schools = Alt(Ko(RedactionPhrases.SchoolWords));
        var titles = Alt(Ko(RedactionPhrases.Titles).Where(t => t.Length >= 2));
        var schoolClass = Place($@"(?:(?<![{H}])[{H}]{{1,8}}(?:{schools})\s?)?(?:\d\s?{Grade}\s?\d{{1,2}}\s?{Class}|(?<![\d-])\d-\d{{1,2}}\s?{Class})");
        var team = Place($@"(?<![{H}])(?<stem>[{H}]{{1,8}})\s?\d{{1,2}}\s?{Team}|(?<![{H}])(?<stem>[{H}]{{2,8}}){Team}(?=\s?(?:{surname}|\[[^\]\s]{{1,8}}\])?(?:{titles}))");
        // A school said as "at saesol high" (since the thirteenth blind batch): a name before "high", "middle" or "elementary".
        var englishSchool = Place($@"\bclass\s?\d-\d{{1,2}}\b|\b(?<first>[A-Za-z]+)\s(?:{Alt(En(RedactionPhrases.SchoolWords))})\b|(?<=\b(?:at|from|to|attend|attends)\s)(?<first>[A-Za-z]{{3,}})\s(?:high|middle|elementary)(?=\s*(?:[,.!?)]|$)|\s+(?:too|and|now|with|since)\b)");

        // A building named without a suffix, said with its floor ("senteureol 3-cheung", since the fifth blind batch): the word right
        // before the floor number, when it is no ordinary place or building word and no particle or verb form.
        var floor = Place($@"(?<![{H}])(?<x>[{H}]{{2,8}})\s?\d{{1,3}}\s?{Floor}");

        Places =
        [
            new(afterDistrict, RedactionText.Address, NeedsDigit: false, Needs: [dong, districts]),
            new(lot, RedactionText.Address, Needs: [dong]),
            new(whereILive, RedactionText.Address, NeedsDigit: false, Needs: [dong, living]),
            new(romanisedFlat, RedactionText.Address, Needs: [Words(["dong"])]),
            new(romanisedDong, RedactionText.Address, NeedsDigit: false, Needs: [Words(["dong"])]),
            new(complex, RedactionText.Address, IsNamedPlace, NeedsDigit: false, Needs: [complexWords]),
            new(floor, RedactionText.Address, IsBuildingName, Needs: [Words([Floor])]),
        ];
        Names =
        [
            new(koreanGivenName, RedactionText.Name, m => m.Groups["attached"].Success || !_bareNotNames.Contains(m.Value), NeedsDigit: false, Needs: [koreanNames]),
            new(englishGivenName, RedactionText.Name, NeedsDigit: false, Needs: [englishNames]),
            new(nameAfterCue, RedactionText.Name, IsGivenName, NeedsDigit: false, Needs: [namingWords]),
            new(nicknameAfterCue, RedactionText.Handle, IsNickname, NeedsDigit: false, Needs: [Words([.. nicknameCues])]),
            new(boardNickname, RedactionText.Handle, IsNickname, NeedsDigit: false, Needs: [Words([.. nicknameCues])]),
            new(nameBeforeHonorific, RedactionText.Name, IsGivenName, NeedsDigit: false, Needs: [honorificWords]),
            new(englishNameAfterCue, RedactionText.Name, IsEnglishGivenName, NeedsDigit: false, Needs: [Words([.. En(RedactionPhrases.NamingCues), .. En(RedactionPhrases.Honorifics)])]),
            .. Spoken.Names,
        ];
        Emails =
        [
            new(mailId, RedactionText.Email, m => !NotHandles.Contains(m.Groups["x"].Value), NeedsDigit: false, Needs: [mailWords]),
        ];
        Affiliations =
        [
            new(schoolClass, RedactionText.Affiliation, IsNamedPlace, Needs: [Words([Class])]),
            new(team, RedactionText.Affiliation, IsNamedPlace, NeedsDigit: false, Needs: [Words([Team])]),
            new(englishSchool, RedactionText.Affiliation, IsNamedPlace, NeedsDigit: false, Needs: [Words(["class", "school"])]),
            .. Spoken.Affiliations,
        ];
    }

    /// <summary>Every word one of these rules needs: a line with none of them (most lines) skips them all at once.</summary>
    public bool MayHoldAny(ReadOnlySpan<char> scan) =>
        MayHoldKorean(scan) || ((scan.IndexOfAnyInRange('a', 'z') >= 0 || scan.IndexOfAnyInRange('A', 'Z') >= 0) && scan.ContainsAny(AnyEnglishWord));

    private readonly SearchValues<char> _oneSyllableWords;

    private readonly HashSet<int> _koreanPairs;

    private bool MayHoldKorean(ReadOnlySpan<char> scan)
    {
        var first = scan.IndexOfAnyInRange('\uAC00', '\uD7A3');
        if (first < 0)
        {
            return false;
        }

        if (scan.ContainsAny(_oneSyllableWords))
        {
            return true;
        }

        for (var i = first; i + 1 < scan.Length; i++)
        {
            if (scan[i] is >= '\uAC00' and <= '\uD7A3' && _koreanPairs.Contains((scan[i] << 16) | scan[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private SearchValues<string> AnyEnglishWord { get; }

    /// <summary>Neighbourhoods, complexes and buildings (run with the other address rules).</summary>
    public RedactionRule[] Places { get; }

    /// <summary>Given names with a particle or kinship word, Korean and English (run after the names with a title).</summary>
    public RedactionRule[] Names { get; }

    /// <summary>The part of an e-mail before the at sign, described around it (run with the other e-mail rules).</summary>
    public RedactionRule[] Emails { get; }

    /// <summary>A school class or a team (run after the names, whose cue a class number can be).</summary>
    public RedactionRule[] Affiliations { get; }

    public IEnumerable<Regex> All => [.. Places.Concat(Names).Concat(Affiliations).Concat(Spoken.Handles).Select(r => r.Pattern)];

    /// <summary>Details said the way people talk (run with the rules of their kind; the accounts after the other ids).</summary>
    public SpokenPatterns Spoken { get; }

    /// <summary>Latin words that follow a messenger's name without being an account id ("my insta is private").</summary>
    public HashSet<string> NotHandles { get; }

    /// <summary>A place or team name, not an ordinary word before the place word ("uri apateu", our flat; "the same high school").</summary>
    public bool IsNamedPlace(Match match) =>
        (match.Groups["stem"] is not { Success: true } stem || !_notPlaces.Any(word => stem.Value.StartsWith(word, StringComparison.Ordinal)))
        && (match.Groups["first"] is not { Success: true } first || !_notPlacesEnglish.Contains(first.Value));

    /// <summary>
    /// The word before a floor as a building's name: not an ordinary place or building word ("hoesa", "geonmul", "jiha"), nor one
    /// ending in one ("seuteodi-kape"), nor a word ending in a particle or a verb form ("noraebang-i", "tago", "ollagaseo").
    /// </summary>
    private bool IsBuildingName(Match match) =>
        match.Groups["x"].Value is var word && !NotNameEndings.Contains(word[^1], StringComparison.Ordinal)
        && !_notBuildings.Any(known => word.EndsWith(known, StringComparison.Ordinal) || known == word);

    /// <summary>A name found by context, not a title or an everyday word (memory, "ajeossi", "gogaek-nim", "the name is a secret").</summary>
    private bool IsGivenName(Match match) =>
        match.Groups["x"].Value is var name && !_titles.Contains(name)
        && !_titles.Any(title => title.Length >= 2 && name.StartsWith(title, StringComparison.Ordinal))
        && match.Value[(match.Groups["x"].Index - match.Index)..] is var read
        && !_notNames.Any(word => read.StartsWith(word, StringComparison.Ordinal));

    /// <summary>
    /// A nickname after a cue: a name found by context that does not end as a verb or a sentence does ("nikneim
    /// bakkwosseoyo", "nik bakkwodo"; since the thirteenth blind batch, for the nickname after a bare cue too).
    /// </summary>
    private bool IsNickname(Match match) =>
        IsGivenName(match) && match.Groups["x"].Value is var nickname
        && !VerbEndings.Contains(nickname[^1], StringComparison.Ordinal) && !SentenceEndings.Contains(nickname[^1], StringComparison.Ordinal);

    private bool IsEnglishGivenName(Match match) => !_notNamesEnglish.Contains(match.Groups["x"].Value);

}
