namespace ReportBot.Dialogs.Reports;

/// <summary>Kinds of evidence the survivor has or is afraid of losing.</summary>
public enum EvidenceKind
{
    ScreenshotsOrPhotos,
    Links,
    Messages,
    VideosOrFiles,
    None,
}
