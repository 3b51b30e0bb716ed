using System.Text.RegularExpressions;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;
using static ReportBot.Bot.Privacy.Redaction.PatternParts;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// An English building or business name said with a floor or a unit (since the seventh blind batch): "Lotte Tower 12F",
/// "the 9th floor of Parkview Plaza", "Daehan Logistics, 7th floor", "unit 1203 at Raemian", "suite 810, Kumho Building".
/// The name is a run of capitalised words right before or after the floor or unit; it is kept when every word of it is an
/// ordinary place, building or chain-store word ("the Police Station 2F", "the Starbucks on the 2nd floor": redaction.floor_words,
/// redaction.not_places, place.noun). Names typed in lower case have no shape to tell them from words and are not tried.
/// </summary>
internal sealed class EnglishBuildingPatterns
{
    // The marker an earlier rule left for the unit number ("[address]", and the Korean one, written as escapes): only the
    // name after it is replaced, since a replaced part never holds a marker.
    private const string AddressMarker = @"\[(?:address|\uC8FC\uC18C)\]";

    private readonly HashSet<string> _ordinary;

    public EnglishBuildingPatterns(IPhraseCatalog phrases, RegexOptions extra)
    {
        IReadOnlyList<string> En(PhraseKey key) => phrases.Get(key, Language.English);
        _ordinary = new HashSet<string>([.. En(RedactionPhrases.FloorWords), .. En(RedactionPhrases.NotPlaces), .. En(PlacePhrases.Noun)], StringComparer.OrdinalIgnoreCase);

        const string word = @"[A-Z][A-Za-z'&.-]*";
        var name = $@"{word}(?:\s{word}){{0,3}}";
        var floor = @"(?i:\d{1,3}(?:st|nd|rd|th)\s(?:floor|fl)\b|\d{1,3}\s?f\b|(?:floor|fl\.?)\s?\d{1,3}\b)";
        var unit = $@"(?i:\b(?:{Alt(phrases.Get(RedactionPhrases.Unit, Language.English))}|room)\.?\s?#?\s?(?:[a-z]-?)?\d{{1,5}}(?:-\d{{1,4}})?\b)";
        var joint = @"(?:\s?,\s?|\s(?i:of|at|in)\s)(?:(?i:the)\s)?";
        Rule = new RedactionRule(
            new Regex(
                $@"(?<![A-Za-z])(?<x>{name}),?\s(?i:on\s(?:the\s)?)?{floor}|{floor}{joint}(?<x>{name})|(?<x>(?:{unit}){joint}{name})|{AddressMarker}{joint}(?<x>{name})",
                Plain | extra),
            RedactionText.Address,
            IsBuildingName);
    }

    /// <summary>The building or business with its floor or unit (run after the numbered addresses, before the names).</summary>
    public RedactionRule Rule { get; }

    // A name, not a run of ordinary words ("the Main Hall", "Police Station", "Starbucks"); a unit's own words do not count.
    private bool IsBuildingName(Match match)
    {
        var words = match.Groups["x"].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => char.IsUpper(w[0]) && !_ordinary.Contains(w.TrimEnd('.')) && !IsUnitWord(w));
    }

    private static bool IsUnitWord(string word) => word.StartsWith('[') || word.Any(char.IsAsciiDigit) || word.Equals("Unit", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Suite", StringComparison.OrdinalIgnoreCase) || word.Equals("Room", StringComparison.OrdinalIgnoreCase) || word.Equals("Apt", StringComparison.OrdinalIgnoreCase);
}
