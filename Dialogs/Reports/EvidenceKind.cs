using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace ReportBot.Dialogs.Reports;

/// <summary>Kinds of evidence the survivor has or is afraid of losing.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum EvidenceKind
{
    ScreenshotsOrPhotos,
    Links,
    Messages,
    VideosOrFiles,

    /// <summary>Someone who saw or heard it happen, or saw what was sent or posted: a witness.</summary>
    Witnesses,
    None,
}
