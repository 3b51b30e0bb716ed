using Microsoft.Extensions.Logging;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Crisis wording (self-harm, suicide, danger now) in any message, in either language, gets the emergency
/// numbers at once and the offer of a counsellor; the conversation remembers it so a handoff can put this
/// survivor first. Then the survivor is back at the question they were on. While they are telling their story,
/// their words are also kept as part of it rather than swallowed.
/// </summary>
public sealed class CrisisInterruption(ReportSessionAccessor sessions, ILogger<CrisisInterruption> logger) : IInterruption
{
    public int Order => 10;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!CrisisDetector.IsCrisis(dc.Text, dc.Services.Phrases))
        {
            return InterruptionResult.NotHandled;
        }

        InterruptionSupport.RememberLanguage(dc);
        var session = await sessions.GetAsync(dc.Context, cancellationToken);
        session.CrisisAt = dc.Services.Clock.GetUtcNow();
        ReportLog.CrisisResponded(logger);
        await dc.SendAsync(CrisisText.Emergency, cancellationToken);

        return dc.ActiveDialog?.Id == NarrativeDialog.DialogId ? InterruptionResult.NotHandled : InterruptionResult.Resume;
    }
}
