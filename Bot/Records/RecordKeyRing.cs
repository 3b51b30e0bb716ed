using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Records;

/// <summary>
/// The keys of signed records. The current key signs (from <see cref="RecordsOptions.SigningKey"/>, or derived from
/// the key-encryption key locally); every key that ever signed is published in storage under
/// <c>recordkeys/{kid}</c> the first time it is used, sealed with a key derived from the key-encryption key so that
/// write access to storage alone cannot slip in a key. A rotated-out key therefore keeps verifying the records it
/// signed, on every instance, with nothing for the operator to carry over.
/// </summary>
public sealed class RecordKeyRing : IDisposable
{
    public const string KeysPrefix = "recordkeys/";

    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    // The order of the P-256 group: a private scalar must be below it.
    private static readonly BigInteger Order = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    private readonly IObjectStore _store;
    private readonly KeyMaterial _keys;
    private readonly TimeProvider _clock;
    private readonly Lazy<ECDsa> _signing;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Task? _published;
    private (IReadOnlyDictionary<string, JsonObject> Keys, DateTimeOffset Expires)? _cache;

    public RecordKeyRing(IObjectStore store, KeyMaterial keys, IOptions<RecordsOptions> options, TimeProvider clock)
    {
        _store = store;
        _keys = keys;
        _clock = clock;
        _signing = new Lazy<ECDsa>(() => string.IsNullOrWhiteSpace(options.Value.SigningKey)
            ? FromScalar(keys.Derive("reportbot/record-signing/v1"))
            : ImportPrivateKey(options.Value.SigningKey));
    }

    /// <summary>The key id of the current signing key.</summary>
    public string CurrentKeyId => KeyId(_signing.Value);

    /// <summary>Reads a base64 PKCS#8 P-256 private key; throws on anything else.</summary>
    public static ECDsa ImportPrivateKey(string base64)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(base64.Trim()), out _);
            if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new CryptographicException("The record signing key must be on the P-256 curve.");
            }

            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The RFC 7638 thumbprint of the public key, as 32 hex characters: stable, and safe in object names.</summary>
    public static string KeyId(ECDsa key)
    {
        var q = key.ExportParameters(false).Q;
        var members = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{Base64Url(q.X!)}\",\"y\":\"{Base64Url(q.Y!)}\"}}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(members)))[..32];
    }

    /// <summary>Signs with the current key, after making sure its public half is published.</summary>
    public async Task<(string KeyId, byte[] Signature)> SignAsync(byte[] payload, CancellationToken cancellationToken)
    {
        await EnsurePublishedAsync(cancellationToken).ConfigureAwait(false);
        return (CurrentKeyId, _signing.Value.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    /// <summary>Every published public key as a JWK, by key id (the current one included).</summary>
    public async Task<IReadOnlyDictionary<string, JsonObject>> PublishedAsync(CancellationToken cancellationToken, bool fresh = false)
    {
        await EnsurePublishedAsync(cancellationToken).ConfigureAwait(false);
        if (!fresh && _cache is { } cached && cached.Expires > _clock.GetUtcNow())
        {
            return cached.Keys;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sealKey = SealKey();
            var keys = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
            await foreach (var item in _store.ListAsync(KeysPrefix, cancellationToken).ConfigureAwait(false))
            {
                var stored = await _store.ReadAsync(item.Name, cancellationToken).ConfigureAwait(false);
                if (stored is null)
                {
                    continue;
                }

                try
                {
                    var jwk = JsonNode.Parse(Envelope.Open(sealKey, stored.Content, item.Name))!.AsObject();
                    keys[(string)jwk["kid"]!] = jwk;
                }
                catch (CryptographicException)
                {
                    // Not sealed by this deployment: never trusted, never shown.
                }
            }

            _cache = (keys, _clock.GetUtcNow() + CacheLifetime);
            return keys;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>The public key a record names, or null when this deployment never published it.</summary>
    public async Task<ECDsa?> FindPublicKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await PublishedAsync(cancellationToken).ConfigureAwait(false);
        if (!keys.ContainsKey(keyId))
        {
            // Perhaps just published by another instance.
            keys = await PublishedAsync(cancellationToken, fresh: true).ConfigureAwait(false);
        }

        if (!keys.TryGetValue(keyId, out var jwk))
        {
            return null;
        }

        return ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = FromBase64Url((string)jwk["x"]!), Y = FromBase64Url((string)jwk["y"]!) },
        });
    }

    public void Dispose()
    {
        if (_signing.IsValueCreated)
        {
            _signing.Value.Dispose();
        }

        _refresh.Dispose();
    }

    private Task EnsurePublishedAsync(CancellationToken cancellationToken)
    {
        var published = _published;
        if (published is { IsCompletedSuccessfully: true })
        {
            return published;
        }

        // A failed attempt (storage down) is tried again on the next call.
        return _published = PublishAsync(cancellationToken);
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        var key = _signing.Value;
        var kid = KeyId(key);
        var name = KeysPrefix + kid;
        if (await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        var q = key.ExportParameters(false).Q;
        var jwk = new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url(q.X!),
            ["y"] = Base64Url(q.Y!),
            ["kid"] = kid,
            ["use"] = "sig",
            ["alg"] = "ES256",
            ["firstUsed"] = _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            await _store.WriteAsync(name, Envelope.Seal(SealKey(), CanonicalJson.Utf8(jwk), name), WriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Another instance published it first.
        }

        _cache = null;
    }

    private byte[] SealKey() => _keys.Derive("reportbot/record-keys/v1");

    private static ECDsa FromScalar(byte[] seed)
    {
        // A derived 32-byte value is a valid scalar unless it is zero or not below the group order (about 2^-32).
        var d = seed;
        for (var round = 1; ; round++)
        {
            var value = new BigInteger(d, isUnsigned: true, isBigEndian: true);
            if (value > 0 && value < Order)
            {
                return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = d });
            }

            d = SHA256.HashData([.. d, (byte)round]);
        }
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
