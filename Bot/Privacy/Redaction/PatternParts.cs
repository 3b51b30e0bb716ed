using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>What every pattern class of the redactor builds its expressions from.</summary>
internal static class PatternParts
{
    /// <summary>A character class range of Hangul syllables.</summary>
    public const string H = "\uAC00-\uD7A3";

    public const RegexOptions Plain = RegexOptions.CultureInvariant;

    public const RegexOptions AnyCase = Plain | RegexOptions.IgnoreCase;

    /// <summary>An alternation of the words, longest first, a space matching any run of white space.</summary>
    public static string Alt(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(Escape));

    /// <summary>A word as a pattern, a space matching any run of white space.</summary>
    public static string Escape(string word) => Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal);

    /// <summary>The words for a rule's quick check (<see cref="RedactionRule"/>'s Needs), case-insensitive.</summary>
    public static SearchValues<string> Words(string[] words) => SearchValues.Create([.. words.Distinct()], StringComparison.OrdinalIgnoreCase);
}
