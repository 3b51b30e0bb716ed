using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// JSON as the Direct Line protocol writes it: Bot Framework activities with their own (Newtonsoft) attributes,
/// no null members, ISO-8601 dates.
/// </summary>
public static class DirectLineJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        MaxDepth = 64,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Reads a client's activity; null when the body is not a JSON object.</summary>
    public static Activity? ReadActivity(string body)
    {
        try
        {
            var token = JsonConvert.DeserializeObject<JToken>(body, Settings);
            return token is JObject obj ? obj.ToObject<Activity>(Serializer) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads an optional JSON object body (token parameters, start-conversation body); null when empty or not an object.</summary>
    public static JObject? ReadObject(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<JToken>(body, Settings) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
