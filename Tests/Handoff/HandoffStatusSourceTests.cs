using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

/// <summary>Only the configured contact centre may say a handoff was accepted or completed; a survivor's client may not.</summary>
[Slow]
public sealed class HandoffStatusSourceTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-status-").FullName;

    [Fact]
    public async Task A_handoff_status_event_from_another_channel_leaves_the_handoff_waiting()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        var settings = Settings(_data);
        settings["Handoff:EmitHandoffInitiate"] = "true";
        settings["Handoff:ContactCentreChannel"] = "omnichannel";
        await using var bot = await RunningBot.StartAsync(settings);
        var token = await LoginAsync(bot, "mina");

        // A counsellor on duty (the console's poll marks presence), so the request is queued.
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-forge", "hello");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-forge", "talk to a counsellor");
        Assert.Single((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Body.EnumerateArray());

        // The survivor's own channel ("test") sends what only the contact centre may.
        using var forged = await bot.PostActivityAsync(Status("test", channel.ServiceUrl, "completed"));

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Single((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Body.EnumerateArray());
    }

    [Fact]
    public async Task A_web_widget_client_cannot_send_handoff_status_even_when_its_channel_is_configured()
    {
        var settings = Settings(_data);
        settings["Handoff:EmitHandoffInitiate"] = "true";
        settings["Handoff:ContactCentreChannel"] = "directline";
        settings["DirectLine:Secret"] = DirectLineConversationTests.Secret;
        await AddCounsellorAsync(_data, "mina");
        await using var bot = await RunningBot.StartAsync(settings);
        var token = await LoginAsync(bot, "mina");

        // A counsellor on duty (the console's poll marks presence), so the request is queued.
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);
        var dl = new DirectLineHttp(bot.Http);
        var (dlToken, conversationId) = await DirectLineConversationTests.StartAsync(dl);
        await dl.PostMessageAsync(dlToken, conversationId, "English", "s-1");
        await dl.PostMessageAsync(dlToken, conversationId, "talk to a counsellor", "s-2");
        Assert.Single((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Body.EnumerateArray());

        var (status, _) = await dl.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", dlToken,
            """{"type":"event","name":"handoff.status","value":{"state":"accepted"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Body.EnumerateArray());
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=active", token)).Body.EnumerateArray());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static Activity Status(string channelId, string serviceUrl, string state) => new()
    {
        Type = ActivityTypes.Event,
        Name = "handoff.status",
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount("omnichannel"),
        Recipient = new ChannelAccount("reportbot"),
        Conversation = new ConversationAccount(id: "conv-forge"),
        Value = new JObject { ["state"] = state },
    };
}
