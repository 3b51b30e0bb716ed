using System.Security.Cryptography;
using System.Text;
using ReportBot.Bot.Storage.Encryption;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// Turns channel ids into keyed digests: HMAC-SHA256(secret, domain | channel | id), 128 bits in lower-case hex.
/// The domain keeps a user id and a conversation id with the same text apart (Telegram's are equal). Without the
/// secret a digest cannot be linked back to a person, even by someone who holds a list of candidate ids.
/// </summary>
public sealed class Pseudonymizer(KeyMaterial keys)
{
    /// <summary>The prefix of a pseudonymous user id, so code and people can tell it is not a channel's id.</summary>
    public const string UserPrefix = "u_";

    public string UserId(string channelId, string userId) => UserPrefix + Digest("user", channelId, userId);

    /// <summary>The case id of a conversation: names its state, transcript and data key.</summary>
    public string CaseId(string channelId, string conversationId) => Digest("conversation", channelId, conversationId);

    /// <summary>
    /// An id for something a turn creates (<paramref name="purpose"/>), the same every time that activity's turn runs
    /// (a re-run after an ETag conflict, a channel's redelivery), so creating it again finds the first one.
    /// </summary>
    public string TurnId(string purpose, string channelId, string conversationId, string activityId) =>
        Digest("turn:" + purpose, channelId, conversationId + "\n" + activityId);

    /// <summary>The scope for any other state key (user state, custom keys).</summary>
    public string StateScope(string storageKey) => Digest("state-key", string.Empty, storageKey);

    private string Digest(string domain, string channelId, string value)
    {
        var input = Encoding.UTF8.GetBytes(domain + "\n" + channelId + "\n" + value);
        return Convert.ToHexStringLower(HMACSHA256.HashData(keys.PseudonymKey, input).AsSpan(0, 16));
    }
}
