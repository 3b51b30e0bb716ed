using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// The last few activities a conversation has taken (keyed digests, never the channel's ids), and the replies of the
/// latest one when they travelled in the response (<c>expectReplies</c>), sealed for a short window
/// (<see cref="RedeliveryReplyKeys"/>), so a redelivery can be answered the same.
/// Kept in conversation state as plain JSON, so an instance that does not know this type still reads the state.
/// </summary>
public sealed class RecentActivities
{
    /// <summary>How many activities are remembered per conversation.</summary>
    public const int Remembered = 8;

    private readonly List<string> _keys;
    private string? _lastKey;
    private KeptReplies? _kept;

    private RecentActivities(List<string> keys, string? lastKey, KeptReplies? kept)
    {
        _keys = keys;
        _lastKey = lastKey;
        _kept = kept;
    }

    // Replies kept in the clear by earlier versions ("replies") are not read back: they are dropped at the next save.
    public static RecentActivities Read(JObject? stored) => stored is null
        ? new RecentActivities([], null, null)
        : new RecentActivities(
            (stored["keys"] as JArray)?.Values<string>().OfType<string>().ToList() ?? [],
            (string?)stored["last"],
            stored["sealed"] is JValue { Type: JTokenType.String } sealedReplies && stored["period"] is JValue { Type: JTokenType.Integer } period
                ? new KeptReplies((long)period, (string)sealedReplies!)
                : null);

    public bool Contains(string key) => _keys.Contains(key, StringComparer.Ordinal);

    /// <summary>The sealed replies the first delivery of <paramref name="key"/> answered with, when it was the latest and they were kept.</summary>
    public KeptReplies? KeptFor(string key) => string.Equals(_lastKey, key, StringComparison.Ordinal) ? _kept : null;

    /// <summary>Remembers <paramref name="key"/>, forgetting the oldest; only the newest activity's replies are kept.</summary>
    public void Add(string key, KeptReplies? kept)
    {
        _keys.Add(key);
        if (_keys.Count > Remembered)
        {
            _keys.RemoveRange(0, _keys.Count - Remembered);
        }

        _lastKey = key;
        _kept = kept;
    }

    public JObject ToJson()
    {
        var json = new JObject { ["keys"] = new JArray(_keys), ["last"] = _lastKey };
        if (_kept is not null)
        {
            json["sealed"] = _kept.Sealed;
            json["period"] = _kept.Period;
        }

        return json;
    }
}
