namespace ReportBot.Dialogs.Reports;

/// <summary>
/// A case's private evidence log: digests of files the survivor holds and addresses where material is posted. It is
/// part of the saved case, so it is encrypted with the case's key and erased with it.
/// </summary>
public sealed class EvidenceLog
{
    public const int MaxFiles = 200;

    public const int MaxUrls = 100;

    public List<EvidenceFile> Files { get; set; } = [];

    public List<PostedUrl> Urls { get; set; } = [];
}
