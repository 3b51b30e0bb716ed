using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ReportBot.Bot.Channels.Redelivery;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Redelivery;

/// <summary>
/// The replies a redelivery may need (they can hold a case code) are kept only for the channel's retry window: within
/// it a redelivered "Save it" shows the same code again; after it the same delivery still runs nothing (no second case)
/// but gets no replies, and the key that sealed them is shredded, so no copy of the state can give the code back.
/// Over real HTTP, on the local disk store.
/// </summary>
[Slow]
public sealed class KeptRepliesWindowTests
{
    private static readonly string[] ToTheSave =
        ["hello", "Report what happened", "3", "Someone made fake pictures of me.", "done", "skip", "skip", "skip", "skip", "skip", "skip", "skip"];

    [Fact]
    public async Task A_redelivery_gets_the_case_code_within_the_window_and_nothing_after_it_and_the_sealing_key_is_shredded()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 6, 5, 0, 30, TimeSpan.Zero));
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        foreach (var text in ToTheSave)
        {
            await PostAsync(bot, SurvivorMessage.ExpectingReplies("window", text));
        }

        var save = SurvivorMessage.ExpectingReplies("window", "Save it");
        var first = await PostAsync(bot, save);
        var code = ReportWalk.CaseCodeIn(string.Join("\n", first));
        var store = bot.Services.GetRequiredService<IObjectStore>();
        var keyName = ObjectNames.Key(RedeliveryReplyKeys.ScopeOf(bot.Services.GetRequiredService<RedeliveryReplyKeys>().CurrentPeriod));
        Assert.NotNull(await store.ReadAsync(keyName, CancellationToken.None));

        // A retry a few minutes later (still inside the window) is answered as the first time.
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(first, await PostAsync(bot, save));

        // Past the window: the same delivery is still taken once, but its replies are no longer served.
        clock.Advance(RedeliveryReplyKeys.Period * 2);
        Assert.Empty(await PostAsync(bot, save));
        Assert.Equal(1, await bot.Services.GetRequiredService<RedeliveryReplyKeys>().ShredExpiredAsync(CancellationToken.None));
        Assert.Null(await store.ReadAsync(keyName, CancellationToken.None));
        Assert.Empty(await PostAsync(bot, save));

        // One case exists, the code shown finds it, and the conversation goes on normally.
        var cases = bot.Services.GetRequiredService<CaseStore>();
        Assert.NotNull(await cases.KeyForAsync(code, CancellationToken.None));
        Assert.NotEmpty(await PostAsync(bot, SurvivorMessage.ExpectingReplies("window", "hello")));
    }

    [Fact]
    public async Task Replies_kept_for_one_activity_do_not_open_for_another_and_no_reply_means_nothing_kept()
    {
        await using var bot = await RunningBot.StartAsync();
        var keys = bot.Services.GetRequiredService<RedeliveryReplyKeys>();
        var kept = await keys.SealAsync([MessageFactory.Text("Case code: K7QM-4RTX-2P") as Activity], "turn-a", CancellationToken.None);

        Assert.DoesNotContain("K7QM", System.Text.Encoding.UTF8.GetString(kept!.Sealed), StringComparison.Ordinal);
        Assert.Equal("Case code: K7QM-4RTX-2P", Assert.Single((await keys.OpenAsync(kept, "turn-a", CancellationToken.None))!).Text);
        Assert.Null(await keys.OpenAsync(kept, "turn-b", CancellationToken.None));
        Assert.Null(await keys.SealAsync([], "turn-c", CancellationToken.None));
    }

    private static async Task<IReadOnlyList<string>> PostAsync(RunningBot bot, Activity activity)
    {
        using var response = await bot.PostActivityAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities;
        return replies.Select(r => r.Text ?? string.Empty).ToList();
    }
}
