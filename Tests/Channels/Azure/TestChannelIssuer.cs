using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>
/// Plays the Bot Framework's token service for channel → bot requests: an OpenID metadata document and a key set on
/// a <see cref="RecordingServer"/> (the key endorsed for the channels, as login.botframework.com's keys are), and RS256
/// tokens with the claims Azure Bot Service puts in them (issuer https://api.botframework.com, audience = the bot's app
/// id, serviceurl).
/// The bot validates them with the Bot Framework's own code (<c>ConfigurationBotFrameworkAuthentication</c>, pointed here
/// by <c>ToBotFromChannelOpenIdMetadataUrl</c>). Only one thing is bent: that code fetches metadata over HTTPS only, and a
/// loopback test server has no trusted certificate, so the library's per-address metadata cache is seeded with a
/// retriever that allows this one http address.
/// </summary>
public sealed class TestChannelIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "6f1c4d5e-0a3b-4c2d-9e8f-7a6b5c4d3e2f";
    public const string AppPassword = "test-only-not-a-real-secret";

    private readonly RecordingServer _server;
    private readonly RsaSecurityKey _key;

    private TestChannelIssuer(RecordingServer server, RsaSecurityKey key, string metadataUrl)
    {
        _server = server;
        _key = key;
        MetadataUrl = metadataUrl;
    }

    public string MetadataUrl { get; }

    /// <summary>
    /// Settings that turn authentication on and point the bot's token validation at this issuer. Overriding one of the
    /// Bot Framework's cloud settings makes it read them all, so the others carry the public cloud's own values.
    /// </summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["CallerId"] = "urn:botframework:azure",
        ["ValidateAuthority"] = "true",
    };

    public static async Task<TestChannelIssuer> StartAsync(params string[] endorsedChannels)
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "test-key-" + Guid.NewGuid().ToString("N")[..8] };
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        string? baseUrl = null;
        // A path of its own: Bot Builder caches signing keys and endorsements per metadata address for the whole
        // process, and a later issuer can be given the port an earlier one had.
        var prefix = "/" + Guid.NewGuid().ToString("N")[..12];
        var server = await RecordingServer.StartAsync(routes =>
        {
            routes.MapGet(prefix + "/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://invalid.example/authorize",
                ["jwks_uri"] = baseUrl + prefix + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            }));
            routes.MapGet(prefix + "/v1/.well-known/keys", () => Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = key.KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = endorsedChannels,
                    },
                },
            }));
        });
        baseUrl = server.BaseAddress.ToString().TrimEnd('/');
        var metadataUrl = baseUrl + prefix + "/v1/.well-known/openidconfiguration";
        AllowPlainHttpMetadata(metadataUrl);
        return new TestChannelIssuer(server, key, metadataUrl);
    }

    /// <summary>A token as Azure Bot Service sends with an activity for <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string serviceUrl, string? audience = null, TimeSpan? lifetime = null)
    {
        var expires = DateTime.UtcNow + (lifetime ?? TimeSpan.FromMinutes(30));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience ?? AppId,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    // JwtTokenExtractor keeps one ConfigurationManager per metadata address in a static cache and builds it with an
    // HTTPS-only document retriever; seeding the cache for this address is the only way to serve metadata from loopback.
    private static void AllowPlainHttpMetadata(string metadataUrl)
    {
        var field = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("JwtTokenExtractor no longer has _openIdMetadataCache: update TestChannelIssuer for this Bot Framework version.");
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)field.GetValue(null)!;
        cache[metadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
    }
}
