using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: short-lived, bound to one conversation, signed with HMAC-SHA256.
/// A token is <c>dl1.{payload}.{signature}</c> (base64url); the payload holds the conversation id, an optional
/// user id fixed by a server-side caller, the expiry and a random nonce. Nothing about the person is in it.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Prefix = "dl1.";
    private readonly byte[] _signingKey;
    private readonly byte[]? _secret;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _signingKey = string.IsNullOrEmpty(_options.TokenSigningKey)
            ? RandomNumberGenerator.GetBytes(32)
            : Convert.FromBase64String(_options.TokenSigningKey);
        _secret = string.IsNullOrEmpty(_options.Secret) ? null : Encoding.UTF8.GetBytes(_options.Secret);
    }

    /// <summary>Seconds a newly issued token lives, as sent in <c>expires_in</c>.</summary>
    public int ExpiresInSeconds => (int)_options.TokenLifetime.TotalSeconds;

    /// <summary>A fresh, unguessable conversation id.</summary>
    public static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(18));

    /// <summary>Issues a token for one conversation (and, when a trusted caller fixed it, one user id).</summary>
    public string Issue(string conversationId, string? userId = null)
    {
        var payload = new TokenPayload(
            conversationId,
            userId,
            _clock.GetUtcNow().Add(_options.TokenLifetime).ToUnixTimeSeconds(),
            Base64Url(RandomNumberGenerator.GetBytes(9)));
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        return Prefix + body + "." + Base64Url(Sign(body));
    }

    /// <summary>True when the bearer value is the configured Direct Line secret (compared in constant time).</summary>
    public bool IsSecret(string bearer) =>
        _secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret);

    /// <summary>Checks a token's form, signature and expiry.</summary>
    public TokenCheck Check(string token)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return TokenCheck.Invalid;
        }

        var parts = token[Prefix.Length..].Split('.');
        if (parts.Length != 2 || !TryFromBase64Url(parts[1], out var signature))
        {
            return TokenCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0])))
        {
            return TokenCheck.Invalid;
        }

        TokenPayload? payload;
        try
        {
            payload = TryFromBase64Url(parts[0], out var json) ? JsonSerializer.Deserialize<TokenPayload>(json) : null;
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null || string.IsNullOrEmpty(payload.C))
        {
            return TokenCheck.Invalid;
        }

        return payload.E <= _clock.GetUtcNow().ToUnixTimeSeconds()
            ? TokenCheck.Expired
            : TokenCheck.Valid(payload.C, payload.U, DateTimeOffset.FromUnixTimeSeconds(payload.E));
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(body));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        var buffer = new byte[padded.Length];
        if (Convert.TryFromBase64String(padded, buffer, out var written))
        {
            bytes = buffer[..written];
            return true;
        }

        bytes = [];
        return false;
    }

    /// <summary>The signed claims: conversation, optional user, expiry (Unix seconds), nonce. Short names keep tokens short.</summary>
    private sealed record TokenPayload(string C, string? U, long E, string N);
}
