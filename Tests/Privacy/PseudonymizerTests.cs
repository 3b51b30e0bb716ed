using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Tests.Support;
using Xunit;

namespace ReportBot.Tests.Privacy;

public sealed class PseudonymizerTests
{
    private static KeyMaterial Keys(byte[] secret) =>
        new(Options.Create(new StorageOptions { KeyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), PseudonymSecret = Convert.ToBase64String(secret) }), NullLogger<KeyMaterial>.Instance);

    [Fact]
    public void Remembered_ids_give_the_same_digests_as_a_fresh_instance_past_the_bound()
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        using var used = new Pseudonymizer(Keys(secret));
        var count = Pseudonymizer.MaxRemembered + 500;
        var first = Enumerable.Range(0, count).Select(i => used.CaseId("directline", "conversation-" + i)).ToList();
        var again = Enumerable.Range(0, count).Select(i => used.CaseId("directline", "conversation-" + i)).ToList();
        using var fresh = new Pseudonymizer(Keys(secret));

        Assert.Equal(first, again);
        Assert.Equal(first, Enumerable.Range(0, count).Select(i => fresh.CaseId("directline", "conversation-" + i)));
        Assert.InRange(used.RememberedCount, 1, Pseudonymizer.MaxRemembered);
        Assert.Equal(fresh.UserId("telegram", "42"), used.UserId("telegram", "42"));
        Assert.NotEqual(used.UserId("telegram", "42"), Pseudonymizer.UserPrefix + used.CaseId("telegram", "42"));
        Assert.Equal(fresh.StateScope("user/telegram/42"), used.StateScope("user/telegram/42"));
    }

    [Fact]
    public void Another_key_gives_other_digests_even_for_an_id_just_asked_for()
    {
        using var one = new Pseudonymizer(Keys(RandomNumberGenerator.GetBytes(32)));
        using var other = new Pseudonymizer(Keys(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(one.CaseId("kakao", "room"), one.CaseId("kakao", "room"));
        Assert.NotEqual(one.CaseId("kakao", "room"), other.CaseId("kakao", "room"));
        Assert.NotEqual(one.UserId("kakao", "room"), other.UserId("kakao", "room"));
    }

    [Fact]
    public void A_remembered_id_leaves_memory_once_its_time_is_up()
    {
        var clock = new ManualClock();
        using var pseudonyms = new Pseudonymizer(Keys(RandomNumberGenerator.GetBytes(32)), clock);
        var caseId = pseudonyms.CaseId("webchat", "conversation-a");
        clock.Advance(Pseudonymizer.RememberFor / 2);
        pseudonyms.CaseId("webchat", "conversation-b");

        clock.Advance(Pseudonymizer.RememberFor / 2);
        pseudonyms.Sweep();

        Assert.Equal(1, pseudonyms.RememberedCount);
        clock.Advance(Pseudonymizer.RememberFor);
        pseudonyms.Sweep();
        Assert.Equal(0, pseudonyms.RememberedCount);
        Assert.Equal(caseId, pseudonyms.CaseId("webchat", "conversation-a"));
    }

    [Fact]
    public void Ids_of_single_activities_are_not_kept()
    {
        using var pseudonyms = new Pseudonymizer(Keys(RandomNumberGenerator.GetBytes(32)));
        var id = pseudonyms.TurnId("case", "webchat", "conversation", "activity-1");

        Assert.Equal(id, pseudonyms.TurnId("case", "webchat", "conversation", "activity-1"));
        Assert.NotEqual(id, pseudonyms.TurnId("case", "webchat", "conversation", "activity-2"));
        Assert.Equal(0, pseudonyms.RememberedCount);
    }
}
