using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// The last few activities a conversation has taken (keyed digests, never the channel's ids), and the replies of the
/// latest one when they travelled in the response (<c>expectReplies</c>), sealed for a short window
/// (<see cref="RedeliveryReplyKeys"/>), so a redelivery can be answered the same.
/// Kept in conversation state as plain JSON, so an instance that does not know this type still reads the state:
/// <c>{"keys": [...], "last": "...", "sealed": "base64", "period": n}</c>.
/// The record is changed in place in the state's own <see cref="JObject"/> rather than rebuilt every turn: a turn then
/// leaves three new small values behind (the new key, the last key, the sealed replies as bytes) instead of a new
/// object tree with a base64 string twice the size of what it encodes. Those values live until the conversation's next
/// turn, and a garbage collection in between copies every one of them (README, Benchmark, "What survives a
/// collection").
/// </summary>
public sealed class RecentActivities
{
    /// <summary>How many activities are remembered per conversation.</summary>
    public const int Remembered = 8;

    private const string KeysName = "keys";
    private const string LastName = "last";
    private const string SealedName = "sealed";
    private const string PeriodName = "period";

    // Replies kept in the clear by earlier versions: never read back, dropped at the next save.
    private const string ClearRepliesName = "replies";

    private RecentActivities(JObject json) => Json = json;

    /// <summary>The record as it is kept in conversation state (the object read, changed in place by <see cref="Add"/>).</summary>
    public JObject Json { get; }

    /// <summary>The record kept in <paramref name="stored"/> (which <see cref="Add"/> then changes), or an empty one.</summary>
    public static RecentActivities Read(JObject? stored) => new(stored ?? []);

    public bool Contains(string key)
    {
        if (Json[KeysName] is JArray keys)
        {
            foreach (var stored in keys)
            {
                if (stored is JValue { Value: string known } && string.Equals(known, key, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The sealed replies the first delivery of <paramref name="key"/> answered with, when it was the latest and they were kept.</summary>
    public KeptReplies? KeptFor(string key)
    {
        if (Json[LastName] is not JValue { Value: string last } || !string.Equals(last, key, StringComparison.Ordinal)
            || Json[PeriodName] is not JValue { Type: JTokenType.Integer } period)
        {
            return null;
        }

        // Bytes while this instance holds the record; a base64 string once it was read back from storage.
        var sealedReplies = Json[SealedName] switch
        {
            JValue { Value: byte[] bytes } => bytes,
            JValue { Value: string text } => FromBase64(text),
            _ => null,
        };
        return sealedReplies is null ? null : new KeptReplies((long)period, sealedReplies);
    }

    /// <summary>Remembers <paramref name="key"/>, forgetting the oldest; only the newest activity's replies are kept.</summary>
    public void Add(string key, KeptReplies? kept)
    {
        if (Json[KeysName] is not JArray keys)
        {
            Json[KeysName] = keys = [];
        }

        keys.Add(key);
        while (keys.Count > Remembered)
        {
            keys.RemoveAt(0);
        }

        Set(LastName, key);
        Json.Remove(ClearRepliesName);
        if (kept is null)
        {
            Json.Remove(SealedName);
            Json.Remove(PeriodName);
        }
        else
        {
            Set(SealedName, kept.Sealed);
            Set(PeriodName, kept.Period);
        }
    }

    // A value already there is given the new one (no new token); otherwise the property is added.
    private void Set(string name, object value)
    {
        if (Json[name] is JValue existing)
        {
            existing.Value = value;
        }
        else
        {
            Json[name] = new JValue(value);
        }
    }

    private static byte[]? FromBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
