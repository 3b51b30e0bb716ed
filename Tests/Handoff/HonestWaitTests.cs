using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Handoff;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

[Slow]
public sealed class HonestWaitTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("honest-wait-").FullName;

    [Fact]
    public void The_estimate_is_the_middle_half_of_recent_waits_in_whole_minutes()
    {
        Assert.Equal(new WaitEstimate(4, 8), ClaimTimes.Estimate(new[] { 2, 4, 6, 8, 10 }.Select(m => TimeSpan.FromMinutes(m))));
        Assert.Equal(new WaitEstimate(1, 2), ClaimTimes.Estimate([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)]));
        Assert.Null(ClaimTimes.Estimate([TimeSpan.FromMinutes(3)]));
        Assert.Null(ClaimTimes.Estimate([]));
    }

    [Fact]
    public async Task A_waiting_survivor_hears_the_place_a_range_from_recent_claims_and_whether_anyone_is_signed_in()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var mina = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", mina);

        // No history yet: the bot says it cannot estimate, and that someone is signed in.
        var first = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-wait-1", "talk to a counsellor"));
        Assert.Contains("You are number 1 in the queue", first, StringComparison.Ordinal);
        Assert.Contains("too little recent history", first, StringComparison.Ordinal);
        Assert.Contains("A counsellor is signed in right now.", first, StringComparison.Ordinal);

        // Two claims later there is a range (never a single promised number).
        foreach (var conversation in new[] { "conv-wait-1", "conv-wait-2" })
        {
            if (conversation != "conv-wait-1")
            {
                await SurvivorSaysAsync(bot, channel.ServiceUrl, conversation, "talk to a counsellor");
            }

            var (_, queue) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", mina);
            var id = queue.EnumerateArray().First().GetProperty("id").GetString();
            Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina)).Status);
            await channel.NextAsync();
        }

        var third = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-wait-3", "상담사"));
        Assert.Contains("대기 순서는 1번째", third, StringComparison.Ordinal);
        Assert.Contains("최근에는 상담사가 연결되기까지 1~2분쯤 걸렸어요. 어림한 것이라 약속은 아니에요.", third, StringComparison.Ordinal);

        // The shared record of claims holds times and durations only (read through the store: local objects may
        // still sit in the write-ahead journal), and no file of the data folder names a conversation.
        var store = bot.Services.GetRequiredService<IObjectStore>();
        var stats = System.Text.Encoding.UTF8.GetString((await store.ReadAsync(ClaimTimes.ObjectName, CancellationToken.None))!.Content);
        Assert.DoesNotContain("conv-wait", stats, StringComparison.Ordinal);
        Assert.DoesNotContain("mina", stats, StringComparison.Ordinal);
        Assert.All(DataFolder.AllText(_data), text => Assert.DoesNotContain("conv-wait", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_nobody_signed_in_a_crisis_request_says_so_honestly()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));

        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-alone", "I want to die");
        var text = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-alone", "talk to a counsellor"));

        Assert.Contains("No counsellor is signed in right now. The next one to sign in will see your request first.", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
