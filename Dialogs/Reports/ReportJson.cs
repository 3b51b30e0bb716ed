using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;

namespace ReportBot.Dialogs.Reports;

/// <summary>How reports go into dialog state. The report enums are written by name (see their converters), so a reordered enum cannot change a stored answer.</summary>
public static class ReportJson
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Converters = { new StringEnumConverter() },
        NullValueHandling = NullValueHandling.Include,
    });

    public static JObject ToJson(IncidentReport report) => JObject.FromObject(report, Serializer);

    public static IncidentReport FromJson(JToken? json) => json?.ToObject<IncidentReport>(Serializer) ?? new IncidentReport();
}
