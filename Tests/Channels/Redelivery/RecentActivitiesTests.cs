using Newtonsoft.Json.Linq;
using ReportBot.Bot.Channels.Redelivery;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Tests.Channels.Redelivery;

/// <summary>
/// The record of a conversation's recent activities, as conversation state keeps it: plain JSON that an instance of an
/// earlier version reads (the sealed replies as base64 text), changed in place turn after turn.
/// </summary>
public sealed class RecentActivitiesTests
{
    private static readonly byte[] SealedReplies = [1, 2, 3, 250, 251, 252, 0, 7];

    [Fact]
    public void Stored_and_read_back_it_is_the_json_earlier_versions_wrote_and_its_replies_open_for_the_latest_activity_only()
    {
        var recent = RecentActivities.Read(null);
        recent.Add("first", null);
        recent.Add("second", new KeptReplies(42, SealedReplies));

        // What a save writes, and what the next instance (or an earlier version) reads from storage.
        var saved = RoundTrip(recent.Json);
        Assert.Equal(["first", "second"], saved["keys"]!.Values<string>());
        Assert.Equal("second", (string?)saved["last"]);
        Assert.Equal(Convert.ToBase64String(SealedReplies), (string?)saved["sealed"]);
        Assert.Equal(42, (long)saved["period"]!);

        var read = RecentActivities.Read(saved);
        Assert.True(read.Contains("first"));
        Assert.True(read.Contains("second"));
        Assert.False(read.Contains("third"));
        Assert.Equal(SealedReplies, read.KeptFor("second")!.Sealed);
        Assert.Equal(42, read.KeptFor("second")!.Period);
        Assert.Null(read.KeptFor("first"));
    }

    [Fact]
    public void Each_activity_changes_the_record_in_place_keeps_the_last_eight_and_drops_replies_not_kept_again()
    {
        var json = new JObject();
        var recent = RecentActivities.Read(json);
        for (var i = 0; i < 12; i++)
        {
            recent.Add("turn-" + i, new KeptReplies(7, [(byte)i]));
        }

        Assert.Same(json, recent.Json);
        Assert.Equal(Enumerable.Range(4, RecentActivities.Remembered).Select(i => "turn-" + i), json["keys"]!.Values<string>());
        Assert.False(recent.Contains("turn-3"));
        Assert.Equal([(byte)11], recent.KeptFor("turn-11")!.Sealed);

        // A turn whose replies were not kept (sent, not in the response) leaves none of the previous turn's behind.
        recent.Add("turn-12", null);
        Assert.Null(recent.KeptFor("turn-12"));
        Assert.Null(json["sealed"]);
        Assert.Null(json["period"]);
    }

    [Fact]
    public void Replies_kept_in_the_clear_by_an_earlier_version_and_unreadable_sealed_text_are_never_served()
    {
        var stored = JObject.Parse("""{"keys":["a"],"last":"a","replies":[{"type":"message","text":"Case code: K7QM-4RTX-2P"}],"sealed":"not base64!","period":3}""");
        var recent = RecentActivities.Read(stored);

        Assert.True(recent.Contains("a"));
        Assert.Null(recent.KeptFor("a"));

        recent.Add("b", null);
        Assert.DoesNotContain("K7QM", RoundTrip(recent.Json).ToString(), StringComparison.Ordinal);
    }

    // Through the state serializer, as a save and the next read do.
    private static JObject RoundTrip(JObject json)
    {
        var state = new Dictionary<string, object> { [RedeliveryGuard.StateProperty] = json };
        var read = (IDictionary<string, object>)StateSerializer.Deserialize(StateSerializer.Serialize(state))!;
        return Assert.IsType<JObject>(read[RedeliveryGuard.StateProperty]);
    }
}
