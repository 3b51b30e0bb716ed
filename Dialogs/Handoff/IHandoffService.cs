using Microsoft.Bot.Builder;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// What the survivor's side of the conversation needs from the counsellor handoff (implemented in the bot host,
/// so this library stays free of ASP.NET and storage).
/// </summary>
public interface IHandoffService
{
    /// <summary>Whether a counsellor can be asked for now: within opening hours and with someone signed in.</summary>
    Task<HandoffAvailability> GetAvailabilityAsync(CancellationToken cancellationToken);

    /// <summary>The counsellors' opening hours in words, in the survivor's language ("weekdays 09:00-18:00").</summary>
    string DescribeOpeningHours(Language language);

    /// <summary>
    /// Puts this conversation in the counsellor queue (crisis requests go first), or returns the open request when
    /// there already is one (raising it to crisis when asked).
    /// </summary>
    Task<HandoffTicket> RequestAsync(ITurnContext turnContext, Language language, bool crisis, IReadOnlyList<IncidentType> incidentTypes, CancellationToken cancellationToken);
}
