using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Channels.Kakao;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.Azure.ChannelReplyRules;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>A counsellor's words reach a survivor on each Azure channel through the CloudAdapter, proactively, within the channel's profile.</summary>
[Slow]
public sealed class AzureChannelRelayTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("azure-relay-").FullName;

    public static TheoryData<string> Channels() => new(AzureChannelBot.Channels);

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task A_counsellors_messages_reach_the_survivor_at_once_split_to_fit_the_channel(string channelId)
    {
        await AddCounsellorAsync(_data, "mina");
        await using var azure = await AzureChannelBot.StartAsync(Settings(_data));
        var profile = azure.Bot.Services.GetRequiredService<ChannelProfileCatalog>().Find(channelId)!;
        var survivor = new ChannelSurvivor(azure, new RecordedActivities(channelId, azure.Channel.ServiceUrl));
        var id = await HandOffAsync(azure, survivor);

        // A long answer: more than the strictest channel takes in one message, in sentences.
        var sentence = "증거는 지우지 말고 화면을 캡처해 두세요. ";
        var longText = string.Concat(Enumerable.Repeat(sentence, 120)).Trim();
        var token = await LoginAsync(azure.Bot, "mina");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(azure.Bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = longText })).Status);

        var pieces = azure.Channel.TakeReceived();
        AssertObeys(profile, pieces);
        Assert.Equal(Math.Ceiling(("상담사: " + longText).Length / (double)profile.MaxTextChars) > 1, pieces.Count > 1);
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith("두세요.", p.Text, StringComparison.Ordinal));
        Assert.Equal(Squeeze("상담사: " + longText), Squeeze(string.Concat(pieces.Select(p => p.Text))));

        // The survivor's answer goes to the counsellor, not to the dialogs.
        Assert.Empty(await survivor.SayAsync("고마워요, 회사에서 있었던 일이에요."));
    }

    [Fact]
    public async Task On_Messenger_a_counsellors_message_after_the_24_hour_window_arrives_with_the_survivors_next_message()
    {
        await AddCounsellorAsync(_data, "mina");
        // The bot's clock starts 12 hours back, so the counsellor's sign-in (checked against real time, valid at most
        // 12 hours) still holds once the bot's clock has moved a day on.
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddHours(-12).AddMinutes(5));
        var settings = Settings(_data);
        settings["Counsellor:TokenMinutes"] = "720";
        await using var azure = await AzureChannelBot.StartAsync(settings, s => s.AddSingleton<TimeProvider>(clock));
        var texts = azure.Bot.Services.GetRequiredService<ITextCatalog>();
        var survivor = new ChannelSurvivor(azure, new RecordedActivities("facebook", azure.Channel.ServiceUrl));
        var token = await LoginAsync(azure.Bot, "mina");
        var id = await HandOffAsync(azure, survivor);

        clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(azure.Bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = "늦게 답해서 미안해요. 지금 괜찮으세요?" })).Status);
        Assert.Empty(azure.Channel.TakeReceived());
        // Held in the store (read through it: local objects may still sit in the write-ahead journal), sealed: no
        // file of the data folder holds the words.
        var store = azure.Bot.Services.GetRequiredService<ReportBot.Bot.Storage.Objects.IObjectStore>();
        var held = new List<string>();
        await foreach (var info in store.ListAsync("channels/held/", CancellationToken.None))
        {
            held.Add(info.Name);
        }

        Assert.NotEmpty(held);
        Assert.All(DataFolder.AllText(_data), text => Assert.DoesNotContain("미안해요", text, StringComparison.Ordinal));

        var next = await survivor.SayAsync("아직 여기 있어요.");
        Assert.Equal(
            [texts.Get(ChannelsText.HeldMessages, Language.Korean), "상담사: 늦게 답해서 미안해요. 지금 괜찮으세요?"],
            next.Select(a => a.Text));
        Assert.Empty(await survivor.SayAsync("네, 괜찮아요."));

        // Within the window again (the survivor just wrote): straight through.
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(azure.Bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = "다행이에요." })).Status);
        Assert.Equal(["상담사: 다행이에요."], azure.Channel.TakeReceived().Select(a => a.Text));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    // The survivor asks for a counsellor on their channel; the counsellor takes them; the "joined" notice arrives proactively.
    private static async Task<string> HandOffAsync(AzureChannelBot azure, ChannelSurvivor survivor)
    {
        var token = await LoginAsync(azure.Bot, "mina");
        await CallAsync(azure.Bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        await survivor.SayAsync("안녕하세요");
        Assert.Contains("대기 순서는 1번째", Texts(await survivor.SayAsync("상담사와 이야기하고 싶어요")), StringComparison.Ordinal);
        var (_, queue) = await CallAsync(azure.Bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        var id = Assert.Single(queue.EnumerateArray()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(azure.Bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token)).Status);
        var joined = azure.Channel.TakeReceived();
        Assert.Contains(Catalog.Ko(HandoffText.Joined), Texts(joined), StringComparison.Ordinal);
        Assert.All(joined, a => Assert.Equal(ActivityTypes.Message, a.Type));
        return id;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
