using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Reads the answer to a one-time command check as people write it: a yes or no on its own (any form the phrase lists
/// and the recogniser's spacing rules know, a button, 1/2), the spoken and playful forms of
/// <see cref="CheckReplyPhrases"/>, an English word with one slip ("yse", "nope" as "nop"), or a yes or no that opens a
/// longer reply ("no, keep it as my answer"). A leading word asked back (the Korean yes with a question mark means
/// "pardon?") is not an answer.
/// </summary>
internal static class CheckReply
{
    private static readonly char[] WordEnd = [' ', ',', '.', '!', '~', '\n'];

    /// <summary>True for yes, false for no, null when the reply says neither.</summary>
    public static bool? Read(DialogContext dc)
    {
        var text = dc.Text.Trim();
        var end = text.IndexOfAny(WordEnd);
        var first = end < 0 ? text : text[..end];
        if (first.EndsWith('?') || (end >= 0 && text[end..].TrimStart(WordEnd).StartsWith('?')))
        {
            return null;
        }

        if (InterruptionSupport.ReadYesNo(dc) is { } whole)
        {
            return whole;
        }

        return Spoken(dc, text, CheckReplyPhrases.YesSpoken) || Word(dc, first, CommonPhrases.Yes) || Spoken(dc, first, CheckReplyPhrases.YesSpoken) ? true
            : Spoken(dc, text, CheckReplyPhrases.NoSpoken) || Word(dc, first, CommonPhrases.No) || Spoken(dc, first, CheckReplyPhrases.NoSpoken) ? false
            : null;
    }

    private static bool Word(DialogContext dc, string word, PhraseKey key)
    {
        var phrases = dc.Services.Phrases.All(key);
        if (word.Length == 0 || TextMatcher.Matches(word, phrases))
        {
            return word.Length > 0;
        }

        // One slip in an English word of three letters or more ("yse", "yess", "nop"); never in a short one ("now").
        var folded = TextMatcher.Normalize(word);
        return folded.Length >= 3 && folded.All(char.IsAsciiLetter)
            && phrases.Any(p => p.Length >= 3 && p.All(char.IsAsciiLetter) && EditDistance.Bounded(folded, p, 1) <= 1);
    }

    private static bool Spoken(DialogContext dc, string text, PhraseKey key) =>
        text.Length > 0 && TextMatcher.Matches(text, dc.Services.Phrases.All(key));
}
