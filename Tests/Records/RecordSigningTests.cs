using System.Text.Json.Nodes;
using ReportBot.Bot.Records;

namespace ReportBot.Tests.Records;

public sealed class RecordSigningTests
{
    [Fact]
    public async Task A_signed_record_verifies_as_valid_with_its_key_and_time()
    {
        using var harness = new RecordsHarness();
        var signed = await harness.Signer.SignAsync(harness.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);

        var result = await harness.Signer.VerifyAsync(signed.ToJsonString(), CancellationToken.None);

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(harness.Ring.CurrentKeyId, result.KeyId);
        Assert.Equal(signed["signedAt"]!.GetValue<string>(), result.SignedAt);
    }

    [Theory]
    [InlineData("합성한", "합성된")]
    [InlineData("텔레그램", "텔레그랩")]
    [InlineData("2026-11-18", "2026-11-17")]
    [InlineData("\"size\":2048", "\"size\":2049")]
    public async Task Changing_one_character_anywhere_makes_the_record_invalid(string original, string changed)
    {
        using var harness = new RecordsHarness();
        var json = (await harness.Signer.SignAsync(harness.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None)).ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(original, json, StringComparison.Ordinal);

        var tampered = json.Replace(original, changed, StringComparison.Ordinal);
        var result = await harness.Signer.VerifyAsync(tampered, CancellationToken.None);

        Assert.False(result.Valid);
        Assert.Equal("signature", result.Reason);
    }

    [Fact]
    public async Task A_later_signing_time_or_another_key_id_does_not_verify()
    {
        using var harness = new RecordsHarness();
        var signed = await harness.Signer.SignAsync(harness.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);

        var moved = signed.DeepClone().AsObject();
        moved["signedAt"] = "2030-01-01T00:00:00Z";
        var unknown = signed.DeepClone().AsObject();
        unknown["keyId"] = new string('0', 32);

        Assert.Equal("signature", (await harness.Signer.VerifyAsync(moved.ToJsonString(), CancellationToken.None)).Reason);
        Assert.Equal("unknown-key", (await harness.Signer.VerifyAsync(unknown.ToJsonString(), CancellationToken.None)).Reason);
        Assert.Equal("malformed", (await harness.Signer.VerifyAsync("{\"record\": 1}", CancellationToken.None)).Reason);
        Assert.Equal("malformed", (await harness.Signer.VerifyAsync("not json at all", CancellationToken.None)).Reason);
        Assert.Equal("malformed", (await harness.Signer.VerifyAsync("{\"keyId\":1,\"keyId\":2}", CancellationToken.None)).Reason);
        Assert.Equal("malformed", (await harness.Signer.VerifyAsync(new string('[', 5000), CancellationToken.None)).Reason);
        var duplicated = signed.ToJsonString().Replace("\"keyId\":", "\"keyId\":\"x\",\"keyId\":", StringComparison.Ordinal);
        Assert.False((await harness.Signer.VerifyAsync(duplicated, CancellationToken.None)).Valid);
    }

    [Fact]
    public async Task A_record_signed_before_a_key_rotation_still_verifies_and_both_keys_stay_published()
    {
        var oldKey = RecordsHarness.NewSigningKey();
        using var before = new RecordsHarness(oldKey);
        var oldRecord = (await before.Signer.SignAsync(before.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None)).ToJsonString();

        // The operator puts a new key in Key Vault and restarts: same storage, new signing key.
        using var after = new RecordsHarness(RecordsHarness.NewSigningKey(), sharing: before);
        var newRecord = await after.Signer.SignAsync(after.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);

        Assert.NotEqual(before.Ring.CurrentKeyId, after.Ring.CurrentKeyId);
        Assert.Equal(after.Ring.CurrentKeyId, newRecord["keyId"]!.GetValue<string>());
        var old = await after.Signer.VerifyAsync(oldRecord, CancellationToken.None);
        Assert.True(old.Valid, old.Reason);
        Assert.Equal(before.Ring.CurrentKeyId, old.KeyId);
        Assert.True((await after.Signer.VerifyAsync(newRecord.ToJsonString(), CancellationToken.None)).Valid);
        var published = await after.Ring.PublishedAsync(CancellationToken.None, fresh: true);
        Assert.Contains(before.Ring.CurrentKeyId, published.Keys);
        Assert.Contains(after.Ring.CurrentKeyId, published.Keys);
    }

    [Fact]
    public async Task Without_a_configured_key_every_instance_with_the_same_key_encryption_key_signs_with_the_same_key()
    {
        using var first = new RecordsHarness();
        using var second = new RecordsHarness(sharing: first);
        var signed = await first.Signer.SignAsync(first.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);

        Assert.Equal(first.Ring.CurrentKeyId, second.Ring.CurrentKeyId);
        Assert.True((await second.Signer.VerifyAsync(signed.ToJsonString(), CancellationToken.None)).Valid);
    }

    [Fact]
    public async Task A_key_slipped_into_storage_without_the_deployment_secret_is_not_trusted()
    {
        using var harness = new RecordsHarness();
        await harness.Signer.SignAsync(harness.Builder.Build(RecordsHarness.KoreanCase()), CancellationToken.None);
        await harness.Store.WriteAsync(RecordKeyRing.KeysPrefix + new string('b', 32), "{\"kty\":\"EC\"}"u8.ToArray(), ReportBot.Bot.Storage.Objects.WriteCondition.IfNotExists, CancellationToken.None);

        var published = await harness.Ring.PublishedAsync(CancellationToken.None, fresh: true);

        Assert.Equal([harness.Ring.CurrentKeyId], published.Keys);
    }
}
