using Microsoft.Bot.Builder;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// The hook for a survivor's choice to share contact details with a counsellor. When it answers true for a turn,
/// that turn's transcript lines are stored without redaction (still encrypted, still pseudonymous). The default
/// (<see cref="NoContactSharingConsent"/>) always redacts; the handoff feature replaces it with one that reads the
/// survivor's recorded, revocable consent for the conversation.
/// </summary>
public interface IContactSharingConsent
{
    Task<bool> AllowsContactDetailsAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
