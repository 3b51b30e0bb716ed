using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace ReportBot.Dialogs.Reports;

/// <summary>Whether the material is still posted somewhere online.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum OnlineStatus
{
    StillOnline,
    NotOnline,
    NotSure,
}
