using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Someone writing for another person who was harmed, at the menu or as the first message ("chinguga seongpokhaeng
/// danghaenneunde eotteoke dowajwoya halji moreugesseoyo", "my friend told me she was raped, how can i help her"). Before, the report started with their
/// words as if they were the one harmed, and read the friend's story back as theirs. Now they get what helps, that this
/// chat is the other person's to use too, 1366 and 112, and the menu, whose legal options cover what happened. Crisis
/// comes first (someone in danger now); a request (a counsellor, to stop) is left to its command.
/// </summary>
public sealed class SupporterInterruption : IInterruption
{
    public int Order => InterruptionOrder.Supporter;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!InterruptionSupport.AtMenuOrFirst(dc, out var first) || !SupporterReader.For(dc.Services.Phrases).SpeaksForSomeoneElse(dc.Text)
            || Commands.Of(dc) is { IsSure: true, Name: not IntentNames.Help })
        {
            return InterruptionResult.NotHandled;
        }

        return await InterruptionSupport.AnswerThenMenuAsync(dc, first, DisclosureText.Supporter, cancellationToken);
    }
}
