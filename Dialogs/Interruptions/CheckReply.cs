using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Reads the answer to a one-time command check as people write it: a yes or no on its own (any form the phrase lists
/// and the recogniser's spacing rules know, a button, 1/2), the spoken and playful forms of
/// <see cref="CheckReplyPhrases"/>, an English word with one slip ("yse", "nope" as "nop"), or a yes or no that opens a
/// longer reply ("no, keep it as my answer"), through <see cref="YesNoReading"/> (which every yes/no question uses). A
/// leading word asked back (the Korean yes with a question mark means "pardon?") is not an answer.
/// </summary>
internal static class CheckReply
{
    /// <summary>True for yes, false for no, null when the reply says neither.</summary>
    public static bool? Read(DialogContext dc) =>
        YesNoReading.Read(dc.Services.Phrases, dc.Text) ?? (YesNoReading.IsUnsure(dc.Services.Phrases, dc.Text) ? null : InterruptionSupport.ReadYesNo(dc));
}
