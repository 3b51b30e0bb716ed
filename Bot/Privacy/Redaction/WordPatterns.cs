using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using static ReportBot.Bot.Privacy.Redaction.PatternParts;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// Patterns built once from the word lists in Resources/Phrases/redaction.json: details announced by a word ("passport",
/// "born on", "insta"), addresses, plates, and names next to a title. A group named "x" is the part that is replaced.
/// </summary>
internal sealed class WordPatterns
{
    // Hangul syllables, written as escapes: code outside Resources holds no Korean text.

    // Units of a Korean date (years, months, days) and what follows a unit number that is not a home (line, car, unit).
    private const string Year = "\uB144";
    private const string Month = "\uC6D4";
    private const string Day = "\uC77C";
    private const string NotAHome = "\uC120|\uAE30|\uCC28|\uBD09";
    private const string Article = "\uC81C";

    private readonly HashSet<string> _notRoads;
    private readonly string[] _notNames;
    private readonly HashSet<string> _titles;
    private readonly HashSet<string> _notNamesEnglish;
    private readonly HashSet<string> _notHandles;

    /// <param name="compiled">Compile the patterns to IL: several times faster per message, but building and first
    /// running them costs a second or more of CPU, so <see cref="Redactor"/> starts with interpreted ones.</param>
    public WordPatterns(IPhraseCatalog phrases, bool compiled = false)
    {
        var extra = compiled ? RegexOptions.Compiled : RegexOptions.None;
        IReadOnlyList<string> Ko(PhraseKey key) => phrases.Get(key, Language.Korean);
        IReadOnlyList<string> En(PhraseKey key) => phrases.Get(key, Language.English);

        _notRoads = [.. Ko(RedactionPhrases.NotRoads)];
        _notNames = [.. Ko(RedactionPhrases.NotNames)];
        _titles = [.. Ko(RedactionPhrases.Titles)];
        _notNamesEnglish = new HashSet<string>(En(RedactionPhrases.NotNames), StringComparer.OrdinalIgnoreCase);

        SpeltDigits = Ko(RedactionPhrases.DigitWords)
            .SelectMany((words, digit) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (w[0], (char)('0' + digit))))
            .ToDictionary(p => p.Item1, p => p.Item2);
        var digitWords = Alt(En(RedactionPhrases.DigitWords).SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        // Every digit spelt, or the first three spelt and the rest typed ("zero one zero 1234 5678").
        SpeltPhone = new Regex($@"\b(?:{digitWords})(?:(?:[\s,-]+(?:{digitWords})){{6,}}|(?:[\s,-]+(?:{digitWords})){{2,}}(?:[\s,.-]+\d{{3,4}}){{2}})\b", AnyCase | extra);

        var at = $@"(?:\s*@\s*|\s*(?:{Alt([.. Ko(RedactionPhrases.AtWords), .. En(RedactionPhrases.AtWords).Where(w => !IsWord(w))])})\s*|\s+(?:{Alt(En(RedactionPhrases.AtWords).Where(IsWord))})\s+)";
        var dot = $@"(?:\s*\.\s*|\s*(?:{Alt([.. Ko(RedactionPhrases.DotWords), .. En(RedactionPhrases.DotWords).Where(w => !IsWord(w))])})\s*|\s+(?:{Alt(En(RedactionPhrases.DotWords).Where(IsWord))})\s+)";
        LooseEmail = new Regex($@"(?<![\w.%+-])[A-Za-z0-9._%+-]+{at}[A-Za-z0-9-]+(?:{dot}[A-Za-z0-9-]+)*{dot}(?:com|net|org|kr|co|io|me|jp|cn|us|uk|edu|gov|info|biz|ac|ne|or|go|de|fr|ca|au)\b", AnyCase | extra);

        ResidentNumberAfterCue = new Regex($@"(?:{Cues(Ko(RedactionPhrases.ResidentNumberCues), En(RedactionPhrases.ResidentNumberCues))})[^\d\n]{{0,12}}?(?<x>\d{{6}}(?:\s?-?\s?\d\s?\d{{6}})?|[1-8]\d{{6}})(?!\d)", AnyCase | extra);
        IdAfterCue = new Regex($@"(?:{Cues(Ko(RedactionPhrases.IdCues), En(RedactionPhrases.IdCues))})[^\d\n]{{0,12}}?(?<x>[A-Za-z]{{0,2}}[ -]?\d(?:[ -]?[0-9A-Za-z]){{5,18}})(?![0-9A-Za-z])", AnyCase | extra);

        const string months = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
        var date = $@"\d{{2,4}}\s?{Year}\s?\d{{1,2}}\s?{Month}\s?\d{{1,2}}\s?{Day}?|\d{{1,4}}[./-]\s?\d{{1,2}}[./-]\s?\d{{1,4}}|\d{{8}}(?!\d)|\d{{6}}(?!\d)|{months}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{months},?\s+\d{{4}}";
        BirthDateAfterCue = new Regex($@"(?:{Cues(Ko(RedactionPhrases.BirthCues), En(RedactionPhrases.BirthCues))})[^\d\n]{{0,10}}?(?<x>{date})", AnyCase | extra);

        var plateLetters = Alt(Ko(RedactionPhrases.PlateLetters));
        Plate = new Regex($@"(?<![\d{H}])\d{{2,3}}\s?(?:{plateLetters})\s?\d{{4}}(?!\d)", Plain | extra);
        PlateAfterCue = new Regex($@"(?:{Cues(Ko(RedactionPhrases.PlateCues), En(RedactionPhrases.PlateCues))})[^\d\n]{{0,12}}?(?<x>\d{{2,3}}\s?(?:[{H}]|{Alt(En(RedactionPhrases.PlateLetters))})\s?\d{{4}})(?!\d)", AnyCase | extra);

        // A place word that begins like a counter ("won-rum", a studio flat, begins like "won") is no counter (since the ninth blind batch).
        var counters = $@"(?!\d|-\d|\s?(?!{Alt(Ko(RedactionPhrases.NotCounters))})(?:{Alt(Ko(RedactionPhrases.Counters))}))";
        var number = @"\d{1,4}(?:-\d{1,4})?";
        var road = Alt(Ko(RedactionPhrases.Road));
        Apartment = new Regex($@"(?<!\d)\d{{1,4}}\s?(?:{Alt(Ko(RedactionPhrases.Building))})\s?\d{{1,4}}\s?(?:{Alt(Ko(RedactionPhrases.Unit))})|\b(?:{Alt(En(RedactionPhrases.Unit))}|{Alt(En(RedactionPhrases.Building))})\.?\s*#?\s*\d{{1,5}}[A-Za-z]?\b(?!\s+of\s+(?:the|this|that|my|our|your|a)\b)", AnyCase | extra);
        Unit = new Regex($@"(?<!\d|{Article}\s?)\d{{2,4}}\s?(?:{Alt(Ko(RedactionPhrases.Unit))})(?!{NotAHome}|\d)", Plain | extra);
        Road = new Regex($@"(?<![{H}])(?<stem>[{H}0-9]{{1,10}}?)(?:{road})\s?{number}(?:\s?(?:{road})\s?{number})?{counters}", Plain | extra);
        var lotSuffix = Alt(Ko(RedactionPhrases.LotSuffix));
        Lot = new Regex($@"(?<![{H}])[{H}]{{1,6}}?(?:{Alt(Ko(RedactionPhrases.LotArea))})\s?\d{{1,5}}(?:(?:-\d{{1,5}})?\s?(?:{lotSuffix})|-\d{{1,5}}{counters})", Plain | extra);
        EnglishStreet = new Regex($@"\b\d{{1,5}}[A-Za-z]?(?:-\d{{1,4}})?,?\s+(?:[A-Z][A-Za-z']*[\s-]){{1,3}}(?i:{Alt(En(RedactionPhrases.Road))})\b\.?(?:,?\s*\d{{1,4}}-(?i:gil|beon-gil))?|\b\d{{1,5}}(?:-\d{{1,5}})?\s+[A-Z][a-z]+-(?i:{Alt(En(RedactionPhrases.LotArea))})\b|\b[A-Z]{{2}}\s\d{{5}}(?:-\d{{4}})?\b|\b\d{{1,5}}(?:-\d{{1,4}})?,?\s+[A-Za-z]{{2,12}}-(?i:daero|ro|gil)\b(?:\s?\d{{1,3}}-?(?i:gil))?", Plain | extra);

        var handleFillers = $@"(?:\s*(?:{Alt([.. Ko(RedactionPhrases.HandleFillers), .. En(RedactionPhrases.HandleFillers)])})(?![A-Za-z{H}]))*";
        // "end": the id closes its clause (a stop, the end, or Korean after it), as an id given on purpose does.
        HandleAfterCue = new Regex($@"(?<![A-Za-z])(?:{Alt([.. Ko(RedactionPhrases.HandleCues), .. En(RedactionPhrases.HandleCues)])})(?![A-Za-z])(?<fill>{handleFillers}\s*[:=]?)\s*(?<at>@?)(?:(?<=@)\s)?(?<x>[A-Za-z0-9_](?:[A-Za-z0-9._]{{1,28}}[A-Za-z0-9_]))(?![A-Za-z0-9_@])(?:(?=\s*(?:[.,!?;)~]|$|[{H}]))(?<end>)|)", AnyCase | extra);

        var surname = Alt(Ko(RedactionPhrases.Surnames));
        var particle = $@"(?=(?:{Alt(Ko(RedactionPhrases.Particles))})?(?:[\s,.!?)~]|$))";
        var titles = Ko(RedactionPhrases.Titles);
        var jobTitles = Alt(titles.Where(t => t.Length >= 2));
        // The title must end the word (with at most a particle), or "hago yangjjoge" (and both sides) would be a name and a title.
        var titleEnds = $@"(?:\uB2D8)?{particle}";
        NameWithTitle = new Regex($@"(?<![{H}])(?<x>(?:{surname})[{H}]{{1,2}})\s?(?:{Alt(titles)}){titleEnds}|(?<![{H}])(?<x>(?:{surname}))\s?(?:{jobTitles}){titleEnds}", Plain | extra);
        // A one-letter unit counts only after a number (class 3, team 2): alone it is usually a particle ("saram-gwa", with a person).
        var units = Ko(RedactionPhrases.OrgUnits);
        var unit = $@"\d\s?(?:{Alt(units.Where(u => u.Length == 1))})|[{H}]*(?:{Alt(units.Where(u => u.Length > 1))})";
        // A name spelt out syllable by syllable ("i min ho") counts after a cue too.
        NameAfterWord = new Regex($@"(?:(?<![{H}])(?:{jobTitles})|{unit}|(?<![{H}])(?:{Alt(Ko(RedactionPhrases.NameCues))}))(?:\s+|\s*:\s*)(?<x>(?:{surname})[{H}]{{1,2}}|(?:{surname})\s[{H}]\s[{H}](?![{H}])){particle}", Plain | extra);

        var englishSurname = Alt(En(RedactionPhrases.Surnames));
        const string given = "[A-Z][a-z]+(?:-[a-z]+)?";
        Context = new ContextPatterns(phrases, extra);
        EnglishBuildings = new EnglishBuildingPatterns(phrases, extra);
        Vocatives = new VocativePatterns(phrases, extra);
        RomanisedNames = new RomanisedNamePatterns(phrases, [.. En(RedactionPhrases.NotNames), .. En(RedactionPhrases.NamesThatAreWords), .. Context.NotHandles], extra);
        _notHandles = Context.NotHandles;
        // A listed surname right after a title is a name in any case ("dr choi", "manager kim"; since the eighth blind batch).
        EnglishName = new Regex($@"\b(?:(?i:{Alt(En(RedactionPhrases.Titles))})\.?|(?i:{Alt(En(RedactionPhrases.NameCues))}))\s+(?<x>{given}(?:\s{given})?)|\b(?<x>(?:{englishSurname})\s{given}|{given}\s(?:{englishSurname}))\b|\b(?i:{Alt(En(RedactionPhrases.Titles).Where(t => !t.Equals("Miss", StringComparison.OrdinalIgnoreCase)))})\.?\s+(?<x>(?i:{englishSurname}))\b", Plain | extra);
    }

    public IReadOnlyDictionary<char, char> SpeltDigits { get; }

    /// <summary>Every pattern, to run each once before use (a compiled pattern is turned into code on its first match).</summary>
    public IEnumerable<Regex> All =>
        [SpeltPhone, LooseEmail, ResidentNumberAfterCue, IdAfterCue, BirthDateAfterCue, Plate, PlateAfterCue, Apartment, Unit, Road, Lot,
            EnglishStreet, HandleAfterCue, NameWithTitle, NameAfterWord, EnglishName, .. Context.All];

    /// <summary>Names, places and affiliations found by shape in context rather than by a cue word.</summary>
    public ContextPatterns Context { get; }

    /// <summary>An English building or business named with a floor or a unit ("Lotte Tower 12F", "unit 1203 at Raemian").</summary>
    public EnglishBuildingPatterns EnglishBuildings { get; }

    /// <summary>A Korean given name outside the list called out in reported speech ("dong-hyeok-a jebal").</summary>
    public VocativePatterns Vocatives { get; }

    /// <summary>A romanised Korean given name outside the lists, in lower case ("my ex, taeyang,", "dohyun's").</summary>
    public RomanisedNamePatterns RomanisedNames { get; }

    public Regex SpeltPhone { get; }

    public Regex LooseEmail { get; }

    public Regex ResidentNumberAfterCue { get; }

    public Regex IdAfterCue { get; }

    public Regex BirthDateAfterCue { get; }

    public Regex Plate { get; }

    public Regex PlateAfterCue { get; }

    public Regex Apartment { get; }

    public Regex Unit { get; }

    public Regex Road { get; }

    public Regex Lot { get; }

    public Regex EnglishStreet { get; }

    public Regex HandleAfterCue { get; }

    public Regex NameWithTitle { get; }

    public Regex NameAfterWord { get; }

    public Regex EnglishName { get; }

    /// <summary>A road name, not a word followed by the particle -ro ("jeonhwa-ro 1366", by phone to 1366).</summary>
    public bool IsRoad(Match match) =>
        match.Groups["stem"].Value is var stem && !_notRoads.Contains(stem) && !stem.EndsWith('\uC73C');

    /// <summary>
    /// An id has a letter and something ordinary words lack (a digit, dot or underscore), or was written after @; a plain
    /// word counts when it closes the clause and is not an ordinary word, after a Korean cue or a naming word ("is", ":").
    /// </summary>
    public bool IsHandle(Match match) =>
        match.Groups["x"].Value is var id && id.Any(char.IsAsciiLetter)
        && (match.Groups["at"].Length > 0 || id.Any(c => char.IsAsciiDigit(c) || c is '.' or '_')
            || (match.Groups["end"].Success && !_notHandles.Contains(id)
                && (match.Value.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7A3') >= 0 || Naming.IsMatch(match.Groups["fill"].Value))));

    private static readonly Regex Naming = new(@"[:=]|\b(?:is|was|called|named|user|id|handle|name|username)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool HasSixDigits(Match match) => match.Groups["x"].Value.Count(char.IsAsciiDigit) >= 6;

    /// <summary>
    /// Not a common word that starts like a surname ("jeongmal", really; "uri", we), also with the title read with it
    /// ("goso-jang", a complaint, is not Go + sojang), nor a title itself or with a particle ("gangsa-yo", an instructor).
    /// </summary>
    public bool IsKoreanName(Match match) =>
        match.Groups["x"].Value is var name && !_titles.Contains(name)
        && !_titles.Any(title => title.Length >= 2 && name.StartsWith(title, StringComparison.Ordinal))
        && match.Value[(match.Groups["x"].Index - match.Index)..] is var read
        && !_notNames.Any(word => read.StartsWith(word, StringComparison.Ordinal));

    public bool IsEnglishName(Match match) =>
        !match.Groups["x"].Value.Split(' ', '-').Any(_notNamesEnglish.Contains);

    private static bool IsWord(string word) => word.All(char.IsAsciiLetter);

    private static string Cues(IEnumerable<string> korean, IEnumerable<string> english) =>
        string.Join('|', korean.Select(k => (Length: k.Length, Pattern: Escape(k)))
            .Concat(english.Select(e => (Length: e.Length, Pattern: (char.IsAsciiLetter(e[0]) ? "(?<![A-Za-z])" : string.Empty) + Escape(e) + (char.IsAsciiLetter(e[^1]) ? @"\b" : string.Empty))))
            .DistinctBy(p => p.Pattern).OrderByDescending(p => p.Length).Select(p => p.Pattern));
}
