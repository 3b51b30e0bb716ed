using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Dialogs.Legal;

/// <summary>
/// What the survivor is reading: chunk references ("option:takedown", "topic:sca-14-filming", "orgs:a,b") and the
/// topics that fit their situation. References, not rendered text, so that a language switch re-renders them.
/// </summary>
public sealed record LegalReading
{
    public List<string> Chunks { get; init; } = [];

    /// <summary>Topics of the survivor's incident types, cited with options whose laws depend on the situation.</summary>
    public List<string> RelevantTopics { get; init; } = [];

    /// <summary>
    /// The reading kept in a dialog's state (as <c>JObject.FromObject</c> stored it), or null for none: read straight
    /// from its two lists of strings, which is what every turn of a reading finds (the serializer, asked twice a turn,
    /// cost more than rendering the chunk); anything else is left to the serializer, as before.
    /// </summary>
    public static LegalReading? FromState(JToken? token)
    {
        if (token is JObject reading && reading.Count == 2
            && Strings(reading.Property(nameof(Chunks), StringComparison.Ordinal)?.Value) is { } chunks
            && Strings(reading.Property(nameof(RelevantTopics), StringComparison.Ordinal)?.Value) is { } topics)
        {
            return new LegalReading { Chunks = chunks, RelevantTopics = topics };
        }

        return token?.ToObject<LegalReading>(DialogJson.Default);
    }

    private static List<string>? Strings(JToken? token)
    {
        if (token is not JArray array)
        {
            return null;
        }

        var strings = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is not JValue { Type: JTokenType.String, Value: string text })
            {
                return null;
            }

            strings.Add(text);
        }

        return strings;
    }
}
