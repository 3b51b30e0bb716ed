using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Conversations;

/// <summary>Works out which language a message asks for or is written in.</summary>
public static class LanguageDetector
{
    /// <summary>The language the message names ("English", "korean", or their Korean names from the phrase lists), or null.</summary>
    public static Language? Requested(string? text, IPhraseCatalog phrases)
    {
        if (TextMatcher.Matches(text, phrases.All(CommonPhrases.English)))
        {
            return Language.English;
        }

        return TextMatcher.Matches(text, phrases.All(CommonPhrases.Korean)) ? Language.Korean : null;
    }

    /// <summary>The language asked for, else the one the text is written in (Hangul → Korean, Latin → English), or null.</summary>
    public static Language? Detect(string? text, IPhraseCatalog phrases)
    {
        var requested = Requested(text, phrases);
        if (requested is not null)
        {
            return requested;
        }

        if (LanguageExtensions.ContainsHangul(text))
        {
            return Language.Korean;
        }

        return LanguageExtensions.LooksEnglish(text) ? Language.English : null;
    }
}
