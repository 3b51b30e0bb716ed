using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace ReportBot.Dialogs.Reports;

/// <summary>What the survivor wants now.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum SupportWish
{
    Information,
    TakedownHelp,
    LegalHelp,
    TalkToCounsellor,
    JustRecord,
}
