using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations;

/// <summary>Works out which language a message asks for or is written in.</summary>
public static class LanguageDetector
{
    /// <summary>The language the message asks for ("English", "can we switch to Korean", or the Korean phrasings), or null.</summary>
    public static Language? Requested(string? text, IPhraseCatalog phrases)
    {
        return Recognizer.For(phrases).Best(text) is { IsSure: true } match
            ? match.Name switch
            {
                IntentNames.English => Language.English,
                IntentNames.Korean => Language.Korean,
                _ => null,
            }
            : null;
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
