using ReportBot.Dialogs.Engine;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// "counsellor" / "talk to someone" (or the Korean words) at any point: until counsellors can be reached in the chat, the 24-hour lines and
/// their hours. Then back to where the survivor was.
/// </summary>
public sealed class CounsellorInterruption : IInterruption
{
    public int Order => 50;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(InterruptionPhrases.Counsellor)))
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        await dc.SendAsync(HelpText.Counsellor, cancellationToken);
        return InterruptionResult.Resume;
    }
}
