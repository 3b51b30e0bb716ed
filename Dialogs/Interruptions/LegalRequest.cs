using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Asking for the legal options in one's own words ("tell me the legal stuff", "can he go to jail for this"): the whole
/// phrases of <see cref="LegalPhrases.Ask"/>, or the menu's own words for its legal entry (answer.menu.legal).
/// </summary>
internal static class LegalRequest
{
    private static readonly string[] MenuValues = [.. MenuDialog.Entries.Select(e => e.Value)];

    public static bool Asks(DialogContext dc) =>
        TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(LegalPhrases.Ask))
        || AnswerRecognizer.For(dc.Services.Phrases).Recognize(dc.Text, MenuDialog.AnswerSet, MenuValues, null, many: false) is [var i]
            && MenuValues[i] == "legal";
}
