using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Derives the ids the bot sees from a Kakao user key, with HMAC-SHA256, so that the raw key never enters an
/// activity, the state, a transcript or a log. A Kakao skill conversation is per user, so the conversation id
/// comes from the user key too (and from the bot id, so two channels never share a conversation).
/// </summary>
public sealed class KakaoIdentity
{
    private const string DevelopmentKey = "reportbot-kakao-development-key-not-for-production";
    private readonly byte[] _key;

    public KakaoIdentity(IOptions<KakaoOptions> options)
    {
        var o = options.Value;
        var key = !string.IsNullOrEmpty(o.ConversationKey) ? o.ConversationKey
            : !string.IsNullOrEmpty(o.Secret) ? o.Secret
            : DevelopmentKey;
        UsesDevelopmentKey = ReferenceEquals(key, DevelopmentKey);
        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>True when no key is configured and the fixed development key is in use.</summary>
    public bool UsesDevelopmentKey { get; }

    public string ConversationId(string? botId, string userId) => "kakao-c-" + Hash("conversation", botId, userId);

    public string UserId(string? botId, string userId) => "kakao-u-" + Hash("user", botId, userId);

    private string Hash(string purpose, string? botId, string userId)
    {
        var input = Encoding.UTF8.GetBytes($"{purpose}\n{botId}\n{userId}");
        var mac = HMACSHA256.HashData(_key, input);
        return Convert.ToHexStringLower(mac.AsSpan(0, 20));
    }
}
