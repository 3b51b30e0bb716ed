using System.Security.Cryptography;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Tests.Handoff;

public sealed class HandoffReferenceSealTests
{
    private readonly HandoffProtector _protector = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_reference_sealed_for_one_handoff_does_not_open_as_another_handoffs()
    {
        var sealedForA = _protector.Protect("""{"conversation":{"id":"survivor-a"}}""", HandoffPurposes.Reference("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));

        Assert.Contains("survivor-a", _protector.UnprotectReference(sealedForA, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), StringComparison.Ordinal);
        Assert.ThrowsAny<CryptographicException>(() => _protector.UnprotectReference(sealedForA, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
    }

    [Fact]
    public void A_reference_sealed_by_an_older_version_still_opens()
    {
        var legacy = _protector.Protect("""{"conversation":{"id":"survivor-old"}}""", HandoffPurposes.LegacyReference);

        Assert.Contains("survivor-old", _protector.UnprotectReference(legacy, "cccccccccccccccccccccccccccccccc"), StringComparison.Ordinal);
    }
}
