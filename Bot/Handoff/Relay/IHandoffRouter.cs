using Microsoft.Bot.Builder;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>
/// Asked by the bot on every turn before the dialogs: while the conversation is waiting for or with a counsellor,
/// the survivor's messages go to the counsellor instead of the dialog engine.
/// </summary>
public interface IHandoffRouter
{
    /// <summary>
    /// Handles the turn if the conversation is in an open handoff; false when the dialogs should take it.
    /// <paramref name="safetyCheck"/> runs the safety interruptions (input guard, crisis) on a message the dialogs will
    /// not see and returns the order of the one that answered, if any, so an emergency is never swallowed by the relay.
    /// </summary>
    Task<bool> TryRouteAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task<int?>> safetyCheck, CancellationToken cancellationToken);

    /// <summary>Handles a <c>handoff.status</c> event from an external contact centre; never rejects one.</summary>
    Task OnHandoffStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
