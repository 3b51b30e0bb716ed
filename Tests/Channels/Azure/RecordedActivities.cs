using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>
/// The recorded activities of one channel (<c>Payloads/{channel}.json</c>): its start event(s), a text message and a
/// button press, as Azure Bot Service delivers them, each delivery with an id of its own. Each use gets its own conversation (the <c>{{n}}</c> in the ids)
/// and the serviceUrl of the test's loopback channel; other words are put in place of the recorded text wherever the
/// recording carries it (the activity's text and the platform's own copy in channelData).
/// </summary>
public sealed class RecordedActivities
{
    private static int _next = Random.Shared.Next(1000, 9000) * 1000;
    private readonly JObject _file;
    private readonly string _serviceUrl;
    private readonly string _n;
    private int _sent;

    public RecordedActivities(string channelId, string serviceUrl)
    {
        ChannelId = channelId;
        _file = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Azure", "Payloads", channelId + ".json")));
        _serviceUrl = serviceUrl;
        _n = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string ChannelId { get; }

    public IReadOnlyList<Activity> Start() => ((JArray)_file["start"]!).Select(a => Materialise((JObject)a)).ToList();

    /// <summary>The recorded text message, or the same message with other words.</summary>
    public Activity Text(string? text = null) => Materialise((JObject)_file["text"]!, text);

    /// <summary>The recorded button press, or the same press of another button (its value).</summary>
    public Activity Button(string? value = null) => Materialise((JObject)_file["button"]!, value);

    private Activity Materialise(JObject recorded, string? replacementText = null)
    {
        var json = recorded.ToString().Replace("{{serviceUrl}}", _serviceUrl, StringComparison.Ordinal).Replace("{{n}}", _n, StringComparison.Ordinal);
        var copy = JObject.Parse(json);
        if (replacementText is not null && copy.Value<string>("text") is { } original)
        {
            foreach (var token in copy.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String && (string?)v.Value == original).ToList())
            {
                token.Value = replacementText;
            }
        }

        // Each message a channel delivers has an id of its own (the same id again is a redelivery of the same message).
        // Web Chat stamps each post with a clientActivityID of its own as well.
        var sent = Interlocked.Increment(ref _sent);
        if (copy["channelData"]?["clientActivityID"] is JValue { Type: JTokenType.String } stamp)
        {
            stamp.Value = $"{stamp.Value}.{sent}";
        }

        var activity = copy.ToObject<Activity>()!;
        activity.Id = $"{activity.Id}.{sent}";
        return activity;
    }
}
