using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Saying how hard it is, at the main menu or as the very first message, with no story and no request ("geu il ihuro jameul
/// mot jayo", "i cant sleep since it happened", "i have to see him every day and i cant breathe", "i feel like its my
/// fault"): answered with what such reactions are, that none of it is their fault, the 24-hour line and the counsellor
/// here (<see cref="DisclosureText.Distress"/>), then the menu. Before, the welcome and the menu came as if nothing had been
/// said. The crisis check reads every message first, so danger and thoughts of dying never reach this; a message that
/// also says what happened, or asks for something, is read for that instead.
/// </summary>
public sealed class DistressInterruption : IInterruption
{
    public int Order => InterruptionOrder.Distress;

    public Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken) =>
        InterruptionSupport.AnswerWithoutStoryAsync(dc, (reader, text) => reader.TellsDistress(text), DisclosureText.Distress, allowed: null, cancellationToken);
}
