using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Dialogs.Engine;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

[Slow]
public sealed class CrisisAndProtocolTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-crisis-").FullName;

    [Fact]
    public async Task A_crisis_phrase_during_the_relay_still_gets_emergency_numbers_and_reaches_the_counsellor_flagged()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var token = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-crisis", "talk to a counsellor");
        var id = (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token)).Body.EnumerateArray().Single().GetProperty("id").GetString();
        await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token);
        await channel.NextAsync();

        var replies = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-crisis", "He is outside, I'm not safe");

        // The real crisis interruption still answers during the relay, with the emergency numbers.
        var emergency = Assert.Single(replies).Text;
        Assert.Contains("112", emergency, StringComparison.Ordinal);
        Assert.Contains("119", emergency, StringComparison.Ordinal);
        var message = (await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", token)).Body.EnumerateArray().Single();
        Assert.Equal("He is outside, I'm not safe", message.GetProperty("text").GetString());
        Assert.True(message.GetProperty("crisis").GetBoolean());
    }

    [Fact]
    public async Task A_crisis_handoff_goes_to_the_front_of_the_queue()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var token = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);

        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-calm", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-urgent", "hello");
        var emergency = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-urgent", "I'm not safe"));
        Assert.Contains("112", emergency, StringComparison.Ordinal);

        // Asking for a counsellor soon after crisis wording is a crisis request: it jumps the queue.
        var urgent = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-urgent", "talk to a counsellor"));
        Assert.Contains("You are number 1 in the queue", urgent, StringComparison.Ordinal);
        var queue = (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Body.EnumerateArray().ToList();
        Assert.Equal([true, false], queue.Select(q => q.GetProperty("crisis").GetBoolean()));
        Assert.Equal([1, 2], queue.Select(q => q.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task With_EmitHandoffInitiate_the_bot_sends_handoff_initiate_with_the_transcript_and_accepts_handoff_status()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        var settings = Settings(_data);
        settings["Handoff:EmitHandoffInitiate"] = "true";
        settings["Handoff:ContactCentreChannel"] = "test";
        await using var bot = await RunningBot.StartAsync(settings);
        var token = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-hub", "hello");

        var replies = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-hub", "talk to a counsellor");

        var initiate = Assert.Single(replies, a => a.Type == ActivityTypes.Event);
        Assert.Equal("handoff.initiate", initiate.Name);
        Assert.Equal("conv-hub", initiate.Conversation.Id);
        var context = JObject.FromObject(initiate.Value);
        Assert.Equal("en", context.Value<string>("language"));
        var attachment = Assert.Single(initiate.Attachments);
        Assert.Equal("Transcript", attachment.Name);
        Assert.Contains("hello", JObject.FromObject(attachment.Content).ToString(), StringComparison.Ordinal);

        var accepted = await PostStatusAsync(bot, channel.ServiceUrl, "accepted");
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Body.EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, await PostStatusAsync(bot, channel.ServiceUrl, "completed"));

        var back = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-hub", "ok");
        Assert.Contains(back, a => a.SuggestedActions?.Actions.Any(x => x.Title == "Talk to a counsellor") == true);
    }

    [Fact]
    public async Task Counsellor_add_command_stores_a_hashed_password_that_signs_in()
    {
        var output = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        var status = await CounsellorCommand.RunAsync(["counsellor", "add", "hana", "--Storage:LocalPath=" + _data], new StringReader(Password + "\n"), output, new StringWriter());

        Assert.Equal(0, status);
        var stored = await File.ReadAllTextAsync(Path.Combine(_data, "counsellors.json"));
        Assert.Contains("\"hana\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.Equal(previous, Directory.GetCurrentDirectory());
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        await LoginAsync(bot, "hana");
        Assert.Equal(2, await CounsellorCommand.RunAsync(["counsellor", "add", "hana", "--Storage:LocalPath=" + _data], new StringReader("short\n"), output, new StringWriter()));
    }

    private static async Task<HttpStatusCode> PostStatusAsync(RunningBot bot, string serviceUrl, string state)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "handoff.status",
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "test",
            ServiceUrl = serviceUrl,
            From = new ChannelAccount("omnichannel"),
            Recipient = new ChannelAccount("reportbot"),
            Conversation = new ConversationAccount(id: "conv-hub"),
            Value = new JObject { ["state"] = state },
        };
        using var response = await bot.PostActivityAsync(activity);
        return response.StatusCode;
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
