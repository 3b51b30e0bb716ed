using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Legal;

/// <summary>
/// How the legal options name each incident type: with the very labels the report asked about, so a survivor sees the
/// same words in the report, its summary and the legal menu.
/// </summary>
public static class IncidentTypeLabels
{
    public static TextKey For(IncidentType type) => ReportChoices.Label(ReportChoices.Types, type);
}
