using System.Text.RegularExpressions;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>What every pattern class of the redactor builds its expressions from.</summary>
internal static class PatternParts
{
    /// <summary>A character class range of Hangul syllables.</summary>
    public const string H = "\uAC00-\uD7A3";

    public const RegexOptions Plain = RegexOptions.CultureInvariant;

    public const RegexOptions AnyCase = Plain | RegexOptions.IgnoreCase;
}
