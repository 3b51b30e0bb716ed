using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Reads the answer to a one-time command check as people write it: a yes or no on its own (any form the phrase lists
/// and the recogniser's spacing rules know, a button, 1/2), a playful ending ("아니용", "넹"), an English word with one
/// slip ("yse", "nope" as "nop"), or a yes or no that opens a longer reply ("응 끝낼래요", "no, keep it as my answer").
/// A leading word asked back ("네?", Korean for "pardon?") is not an answer.
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

        return first.Length == 0 ? null
            : Word(dc, first, CommonPhrases.Yes) ? true
            : Word(dc, first, CommonPhrases.No) ? false
            : null;
    }

    private static bool Word(DialogContext dc, string word, PhraseKey key)
    {
        var phrases = dc.Services.Phrases.All(key);
        if (TextMatcher.Matches(word, phrases) || TextMatcher.Matches(PoliteEnding(word), phrases))
        {
            return true;
        }

        // One slip in an English word of three letters or more ("yse", "yess", "nop"); never in a short one ("now").
        var folded = TextMatcher.Normalize(word);
        return folded.Length >= 3 && folded.All(char.IsAsciiLetter)
            && phrases.Any(p => p.Length >= 3 && p.All(char.IsAsciiLetter) && EditDistance.Bounded(folded, p, 1) <= 1);
    }

    // Playful spellings of the polite ending: "아니용", "아니염" are "아니요".
    private static string PoliteEnding(string word) =>
        word.Length > 1 && word[^1] is '용' or '염' ? word[..^1] + '요' : word;
}
