using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportBot.Bot.Records;

/// <summary>
/// Signs and checks records. A signed record is <c>{"record": {...}, "keyId": "...", "signedAt": "...",
/// "signature": "..."}</c>; the signature is ES256 (ECDSA P-256 with SHA-256, r||s, base64url) over the canonical JSON
/// (<see cref="CanonicalJson"/>) of the same object without <c>signature</c>, so the time and key are signed too.
/// </summary>
public sealed class RecordSigner(RecordKeyRing keys, TimeProvider clock)
{
    public async Task<JsonObject> SignAsync(JsonObject record, CancellationToken cancellationToken)
    {
        var envelope = new JsonObject
        {
            ["record"] = record,
            ["keyId"] = keys.CurrentKeyId,
            ["signedAt"] = RecordTime.Utc(clock.GetUtcNow()),
        };
        var (keyId, signature) = await keys.SignAsync(CanonicalJson.Utf8(envelope), cancellationToken).ConfigureAwait(false);
        envelope["keyId"] = keyId;
        envelope["signature"] = RecordKeyRing.Base64Url(signature);
        return envelope;
    }

    /// <summary>Checks a signed record as received (any JSON; anything unexpected is simply not valid).</summary>
    public async Task<RecordVerification> VerifyAsync(string json, CancellationToken cancellationToken)
    {
        JsonObject envelope;
        try
        {
            envelope = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 16 })?.AsObject() ?? throw new FormatException();
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            return RecordVerification.Malformed;
        }

        try
        {
            return await VerifyAsync(envelope, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or CryptographicException)
        {
            return RecordVerification.Malformed;
        }
    }

    private async Task<RecordVerification> VerifyAsync(JsonObject envelope, CancellationToken cancellationToken)
    {
        var keyId = envelope["keyId"]?.GetValue<string>();
        var signedAt = envelope["signedAt"]?.GetValue<string>();
        var signatureText = envelope["signature"]?.GetValue<string>();
        if (keyId is null || signedAt is null || signatureText is null || envelope["record"] is not JsonObject record
            || envelope.Count != 4 || RecordTime.Parse(signedAt) is null)
        {
            return RecordVerification.Malformed;
        }

        using var key = await keys.FindPublicKeyAsync(keyId, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return new RecordVerification(false, signedAt, keyId, "unknown-key");
        }

        var signed = envelope.DeepClone().AsObject();
        signed.Remove("signature");
        var signature = RecordKeyRing.FromBase64Url(signatureText);
        if (!key.VerifyData(CanonicalJson.Utf8(signed), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
        {
            return new RecordVerification(false, signedAt, keyId, "signature");
        }

        // Signed by this service, so the chain holds unless the service itself made it wrong; checked all the same,
        // so a verifier learns the entries and the head agree.
        return record["entries"] is JsonArray entries && RecordChain.Holds(entries, record["chainHead"]?.GetValue<string>())
            ? new RecordVerification(true, signedAt, keyId)
            : new RecordVerification(false, signedAt, keyId, "chain");
    }
}
