using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Adapters;
using ReportBot.Tests.Channels.Azure;

namespace ReportBot.Tests.Adapters;

/// <summary>
/// The planned writer must write, byte for byte, what Newtonsoft's serializer writes with the same settings: the
/// transcript lines (stored, read back by the console and the records) and the replies of <c>/api/messages</c> are
/// read by code that was written against the serializer's output.
/// </summary>
public sealed class ContractJsonWriterTests
{
    // The transcript sanitizer's settings, and the Bot Framework's for HTTP bodies (indented, a TimeSpan converter).
    private static readonly JsonSerializer Transcript = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
    private static readonly JsonSerializer Http = HttpHelper.BotMessageSerializer;
    private static readonly ContractJsonWriter TranscriptWriter = new(Transcript);
    private static readonly ContractJsonWriter HttpWriter = new(Http);

    public static TheoryData<string> Channels => ["directline", "facebook", "line", "msteams", "slack", "telegram", "webchat"];

    [Theory]
    [MemberData(nameof(Channels))]
    public void Every_recorded_channel_activity_is_written_as_the_serializer_writes_it(string channel)
    {
        var recorded = new RecordedActivities(channel, "https://smba.trafficmanager.net/kr/");
        foreach (var activity in recorded.Start().Append(recorded.Text()).Append(recorded.Button()).Append(recorded.Text("전화번호 010-1234-5678 \"따옴표\" \\ \u2028 끝")))
        {
            AssertSame(Transcript, TranscriptWriter, activity);
            AssertSame(Http, HttpWriter, activity);
        }
    }

    [Fact]
    public async Task The_bots_own_replies_of_a_whole_conversation_are_written_as_the_serializer_writes_them()
    {
        var replies = await ActivityCorpus.BotRepliesAsync();
        Assert.True(replies.Count > 20, "the conversation should have produced replies");
        Assert.Contains(replies, r => r.SuggestedActions?.Actions?.Count > 0);
        foreach (var reply in replies)
        {
            AssertSame(Transcript, TranscriptWriter, reply);
            AssertSame(Http, HttpWriter, reply);
        }

        // The body of an expectReplies answer: the whole list, indented, as CloudAdapter writes it.
        AssertSame(Http, HttpWriter, new ExpectedReplies(replies.Cast<Activity>().ToList()));

        // A turn's replies as a list, as the redelivery record keeps them (a list, an array, and through ToJson).
        var turn = replies.Cast<Activity>().Take(3).ToList();
        AssertSame(Transcript, TranscriptWriter, turn);
        AssertSame(Transcript, TranscriptWriter, turn.ToArray());
        Assert.Equal(JsonConvert.SerializeObject(turn, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), ContractJsonWriter.OmittingNulls.ToJson(turn));
    }

    [Fact]
    public void Cards_suggested_actions_entities_channel_data_and_extension_data_are_written_as_the_serializer_writes_them()
    {
        var activity = ActivityCorpus.HandMade();
        AssertSame(Transcript, TranscriptWriter, activity);
        AssertSame(Http, HttpWriter, activity);
        AssertSame(Http, HttpWriter, new ExpectedReplies([activity, (Activity)Activity.CreateTypingActivity()]));
        AssertSame(Http, HttpWriter, new InvokeResponse { Status = 200, Body = new { ok = true } });
    }

    [Fact]
    public void An_activity_that_contains_itself_fails_as_with_the_serializer()
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = "loop";
        activity.Value = new List<object> { activity };

        Assert.Throws<JsonSerializationException>(() => Transcript.Serialize(new JsonTextWriter(new StringWriter()), activity));
        Assert.Throws<JsonSerializationException>(() => TranscriptWriter.Write(new JsonTextWriter(new StringWriter()), activity));

        // Through a list that holds itself, and at the top of a list of replies.
        var inner = new List<object> { "x" };
        inner.Add(inner);
        activity.Value = inner;
        var turn = new List<Activity> { activity };
        Assert.Throws<JsonSerializationException>(() => Transcript.Serialize(new JsonTextWriter(new StringWriter()), turn));
        Assert.Throws<JsonSerializationException>(() => TranscriptWriter.Write(new JsonTextWriter(new StringWriter()), turn));
    }

    private static void AssertSame(JsonSerializer serializer, ContractJsonWriter planned, object value)
    {
        Assert.Equal(Write(w => serializer.Serialize(w, value)), Write(w => planned.Write(w, value)));
    }

    private static string Write(Action<JsonTextWriter> write)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(output))
        {
            write(writer);
        }

        return output.ToString();
    }
}
