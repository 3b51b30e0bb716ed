using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>Reads an answer to a yes/no question without a dialog: true for yes, false for no, null for anything else.</summary>
public static class YesNoReading
{
    public static bool? Read(IPhraseCatalog phrases, string text) =>
        TextMatcher.Matches(text, phrases.All(CommonPhrases.Yes)) ? true
        : TextMatcher.Matches(text, phrases.All(CommonPhrases.No)) ? false
        : null;
}
