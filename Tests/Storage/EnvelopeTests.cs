using System.Security.Cryptography;
using ReportBot.Bot.Storage.Encryption;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Sealing with a key array reuses prepared ciphers across operations and threads: what is sealed must still open
/// only with its own key and name, also when many turns seal and open under the same key at once.
/// </summary>
public sealed class EnvelopeTests
{
    [Fact]
    public async Task Many_threads_sealing_and_opening_under_one_key_get_their_own_plaintext_back()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var failures = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, (i, _) =>
        {
            var plaintext = System.Text.Encoding.UTF8.GetBytes($"line {i} of case");
            var sealedData = Envelope.Seal(key, plaintext, $"state/{i % 7}");
            if (!Envelope.Open(key, sealedData, $"state/{i % 7}").AsSpan().SequenceEqual(plaintext))
            {
                Interlocked.Increment(ref failures);
            }

            return ValueTask.CompletedTask;
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public async Task No_two_seals_share_a_nonce_across_threads_and_many_blocks_of_nonces()
    {
        // Nonces come from per-thread blocks of the CSPRNG: a repeat under one key would break AES-GCM outright.
        var key = RandomNumberGenerator.GetBytes(32);
        var nonces = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 20_000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, (i, _) =>
        {
            var sealedData = Envelope.Seal(key, "the same line"u8, "outbox");
            nonces.AddOrUpdate(Convert.ToHexString(sealedData, 1, 12), 1, (_, n) => n + 1);
            return ValueTask.CompletedTask;
        });

        Assert.Equal(20_000, nonces.Count);
        Assert.DoesNotContain(nonces, n => n.Key == new string('0', 24));
    }

    [Fact]
    public void A_sealed_object_does_not_open_under_another_name_or_key_and_the_key_still_works_after()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var sealedData = Envelope.Seal(key, "secret"u8, "state/a");

        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(key, sealedData, "state/b"));
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(RandomNumberGenerator.GetBytes(32), sealedData, "state/a"));
        Assert.Equal("secret"u8.ToArray(), Envelope.Open(key, sealedData, "state/a"));
    }

    [Fact]
    public void Pooled_and_one_off_ciphers_read_each_other_and_a_changed_key_array_is_not_served_the_old_key()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var pooled = Envelope.Seal(key, "one"u8, "n");
        Assert.Equal("one"u8.ToArray(), Envelope.Open((ReadOnlySpan<byte>)key, pooled, "n"));
        Assert.Equal("two"u8.ToArray(), Envelope.Open(key, Envelope.Seal((ReadOnlySpan<byte>)key, "two"u8, "n"), "n"));

        var original = (byte[])key.Clone();
        RandomNumberGenerator.Fill(key);
        var underNewKey = Envelope.Seal(key, "three"u8, "n");
        Assert.Equal("three"u8.ToArray(), Envelope.Open((ReadOnlySpan<byte>)key, underNewKey, "n"));
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(original, underNewKey, "n"));
    }

    [Fact]
    public void A_long_associated_name_seals_and_opens()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var name = "transcripts/" + new string('가', 400);
        Assert.Equal("x"u8.ToArray(), Envelope.Open(key, Envelope.Seal(key, "x"u8, name), name));
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(key, Envelope.Seal(key, "x"u8, name), name + "!"));
    }
}
