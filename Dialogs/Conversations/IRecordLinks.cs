namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Where a survivor gets their signed record and keeps their evidence log; provided by the host (web pages live
/// there). Without it, the case menu does not offer them.
/// </summary>
public interface IRecordLinks
{
    /// <summary>How long a one-time link works.</summary>
    TimeSpan Lifetime { get; }

    /// <summary>A link for this channel: one-time in the web widget, else the page where the code is typed.</summary>
    Task<RecordLink> RecordLinkAsync(string caseKey, string channelId, CancellationToken cancellationToken);

    /// <summary>The evidence log page (opened with the case code), as this channel can open it.</summary>
    string EvidencePageLink(string channelId);
}
