using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Adapters;

namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// The last few activities a conversation has taken (keyed digests, never the channel's ids), and the replies of the
/// latest one when they travelled in the response (<c>expectReplies</c>), so a redelivery can be answered the same.
/// Kept in conversation state as plain JSON, so an instance that does not know this type still reads the state.
/// </summary>
public sealed class RecentActivities
{
    /// <summary>How many activities are remembered per conversation.</summary>
    public const int Remembered = 8;

    // The replies are kept as one JSON text: written once a turn by the contract writer (a JObject tree per reply cost
    // more than the rest of this class), read back only for a redelivery.
    private readonly List<string> _keys;
    private string? _lastKey;
    private string? _lastReplies;

    private RecentActivities(List<string> keys, string? lastKey, string? lastReplies)
    {
        _keys = keys;
        _lastKey = lastKey;
        _lastReplies = lastReplies;
    }

    public static RecentActivities Read(JObject? stored) => stored is null
        ? new RecentActivities([], null, null)
        : new RecentActivities(
            (stored["keys"] as JArray)?.Values<string>().OfType<string>().ToList() ?? [],
            (string?)stored["last"],
            stored["replies"] is JValue { Type: JTokenType.String } replies ? (string?)replies : null);

    public bool Contains(string key) => _keys.Contains(key, StringComparer.Ordinal);

    /// <summary>The replies the first delivery of <paramref name="key"/> answered with, when it was the latest and they were kept.</summary>
    public IReadOnlyList<Activity>? RepliesFor(string key) =>
        _lastReplies is not null && string.Equals(_lastKey, key, StringComparison.Ordinal)
            ? JsonConvert.DeserializeObject<List<Activity>>(_lastReplies) ?? []
            : null;

    /// <summary>Remembers <paramref name="key"/>, forgetting the oldest; only the newest activity's replies are kept.</summary>
    public void Add(string key, IReadOnlyList<Activity>? replies)
    {
        _keys.Add(key);
        if (_keys.Count > Remembered)
        {
            _keys.RemoveRange(0, _keys.Count - Remembered);
        }

        _lastKey = key;
        _lastReplies = replies is null ? null : ContractJsonWriter.OmittingNulls.ToJson(replies);
    }

    public JObject ToJson()
    {
        var json = new JObject { ["keys"] = new JArray(_keys), ["last"] = _lastKey };
        if (_lastReplies is not null)
        {
            json["replies"] = _lastReplies;
        }

        return json;
    }
}
