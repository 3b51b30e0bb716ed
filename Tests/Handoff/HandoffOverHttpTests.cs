using System.Net;
using System.Text.Json;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

[Slow]
public sealed class HandoffOverHttpTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-http-").FullName;

    [Fact]
    public async Task Survivor_asks_for_a_counsellor_who_claims_reads_the_transcript_talks_and_ends_then_the_bot_answers_again()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var token = await LoginAsync(bot, "mina");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Status);

        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-e2e", "hello");
        var asked = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-e2e", "I want to talk to a counsellor");
        Assert.Contains("You are number 1 in the queue", Texts(asked), StringComparison.Ordinal);

        var (_, queue) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        var item = Assert.Single(queue.EnumerateArray());
        Assert.Equal("en", item.GetProperty("language").GetString());
        Assert.False(item.GetProperty("crisis").GetBoolean());
        Assert.True(item.TryGetProperty("waitingSince", out _));
        Assert.True(item.TryGetProperty("incidentTypes", out _));
        var id = item.GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token)).Status);
        Assert.Contains("A counsellor has joined", (await channel.NextAsync()).Text, StringComparison.Ordinal);
        var atRest = await StoredHandoffAsync(bot, id);
        Assert.DoesNotContain("conv-e2e", atRest, StringComparison.Ordinal);
        Assert.DoesNotContain(channel.ServiceUrl, atRest, StringComparison.Ordinal);

        var (transcriptStatus, transcript) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/transcript", token);
        Assert.Equal(HttpStatusCode.OK, transcriptStatus);
        var lines = transcript.GetProperty("lines").EnumerateArray().Select(l => (From: l.GetProperty("from").GetString(), Text: l.GetProperty("text").GetString())).ToList();
        Assert.Contains(("survivor", "I want to talk to a counsellor"), lines);
        Assert.Contains(lines, l => l.From == "bot" && l.Text!.Contains("in the queue", StringComparison.Ordinal));
        var audit = await StoredAuditAsync(bot);
        Assert.Contains(audit, a => a.Contains("\"transcript.opened\"", StringComparison.Ordinal) && a.Contains(id, StringComparison.Ordinal) && a.Contains("\"mina\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = "Hello, I'm Mina. I'm here with you." })).Status);
        Assert.Equal("Counsellor: Hello, I'm Mina. I'm here with you.", (await channel.NextAsync()).Text);

        var relayed = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-e2e", "thank you, it happened at work");
        Assert.Empty(relayed);
        var (_, messages) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=0", token);
        var all = messages.EnumerateArray().ToList();
        Assert.Equal(["counsellor", "survivor"], all.Select(m => m.GetProperty("from").GetString()));
        Assert.Equal("thank you, it happened at work", all[1].GetProperty("text").GetString());
        var (_, newer) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after={all[0].GetProperty("seq").GetInt64()}", token);
        Assert.Single(newer.EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/end", token)).Status);
        Assert.Contains("The counsellor has finished", (await channel.NextAsync()).Text, StringComparison.Ordinal);

        var back = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-e2e", "ok");
        Assert.Contains(back, a => a.SuggestedActions?.Actions.Any(x => x.Title == "Talk to a counsellor") == true);

        // An hour after it closed, nothing of the handoff is left in the queue.
        var housekeeping = (ReportBot.Bot.Handoff.Queue.HandoffWaitNotices)bot.Services.GetService(typeof(ReportBot.Bot.Handoff.Queue.HandoffWaitNotices))!;
        Assert.Equal(0, await housekeeping.PurgeClosedAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(1, await housekeeping.PurgeClosedAsync(DateTimeOffset.UtcNow.AddHours(2), CancellationToken.None));
        Assert.Empty(await StoredHandoffsAsync(bot));
    }

    [Fact]
    public async Task Survivor_can_stop_waiting_and_the_request_leaves_the_queue()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var token = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);

        var asked = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-cancel", "상담사랑 얘기하고 싶어요");
        Assert.Contains("대기 순서는 1번째", Texts(asked), StringComparison.Ordinal);
        var waiting = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-cancel", "조금 무서워요");
        Assert.Contains("아직 상담사를 기다리고 있어요", Texts(waiting), StringComparison.Ordinal);

        var cancelled = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-cancel", "취소");
        Assert.Contains("취소했어요", Texts(cancelled), StringComparison.Ordinal);
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Body.EnumerateArray());

        var back = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-cancel", "네");
        Assert.Contains(back, a => a.SuggestedActions?.Actions.Any(x => x.Title == "상담사와 이야기하기") == true);
    }

    [Fact]
    public async Task With_no_counsellor_signed_in_the_bot_says_so_gives_the_24_hour_lines_and_keeps_a_message()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));

        var asked = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-none", "talk to a counsellor");
        var text = Texts(asked);
        Assert.Contains("No counsellor is available right now", text, StringComparison.Ordinal);
        Assert.Contains("1366", text, StringComparison.Ordinal);
        Assert.Contains("109", text, StringComparison.Ordinal);
        Assert.Contains("112", text, StringComparison.Ordinal);
        Assert.Contains("leave a message", text, StringComparison.Ordinal);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-none", "yes");
        var left = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-none", "Please tell me about the support centres.");
        Assert.Contains("Your message is saved.\nCase code: ", Texts(left), StringComparison.Ordinal);

        var token = await LoginAsync(bot, "mina");
        var (_, notes) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=messages", token);
        var id = Assert.Single(notes.EnumerateArray()).GetProperty("id").GetString();

        // A left message opens only for the counsellor who takes it.
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token)).Status);
        var (_, messages) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", token);
        Assert.Equal("Please tell me about the support centres.", Assert.Single(messages.EnumerateArray()).GetProperty("text").GetString());
        Assert.Contains(await StoredAuditAsync(bot), a => a.Contains("\"message.opened\"", StringComparison.Ordinal));
        var stored = string.Join("\n", await StoredHandoffsAsync(bot));
        Assert.DoesNotContain("support centres", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_hours_the_bot_gives_the_hours_in_Korea_time_and_the_hotlines()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        var settings = Settings(_data);
        settings["Handoff:AlwaysOpen"] = "false";
        settings["Handoff:Days"] = "everyday";
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));
        settings["Handoff:Opens"] = now.AddHours(2).ToString("HH:00", System.Globalization.CultureInfo.InvariantCulture);
        settings["Handoff:Closes"] = now.AddHours(3).ToString("HH:00", System.Globalization.CultureInfo.InvariantCulture);
        await using var bot = await RunningBot.StartAsync(settings);

        var text = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-hours", "상담사"));

        Assert.Contains("상담사가 일하는 시간이 아니에요", text, StringComparison.Ordinal);
        Assert.Contains("매일 " + settings["Handoff:Opens"], text, StringComparison.Ordinal);
        Assert.Contains("1366", text, StringComparison.Ordinal);
        Assert.Contains("109", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survivor_can_end_the_conversation_with_the_counsellor_and_the_counsellor_can_no_longer_send()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var token = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-bye", "상담사");
        var id = (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token)).Body.EnumerateArray().Single().GetProperty("id").GetString();
        await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token);
        Assert.Contains("상담사가 들어왔어요", (await channel.NextAsync()).Text, StringComparison.Ordinal);

        var ended = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-bye", "종료");

        Assert.Contains("상담을 마쳤어요", Texts(ended), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = "are you there?" })).Status);
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=active", token)).Body.EnumerateArray());
        var back = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-bye", "네");
        Assert.Contains(back, a => a.SuggestedActions?.Actions.Any(x => x.Title == "상담사와 이야기하기") == true);
    }

    [Fact]
    public async Task A_waiting_survivor_is_told_their_place_again_after_a_few_minutes_once()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var token = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-notice", "상담사");
        var notices = (ReportBot.Bot.Handoff.Queue.HandoffWaitNotices)bot.Services.GetService(typeof(ReportBot.Bot.Handoff.Queue.HandoffWaitNotices))!;

        Assert.Equal(0, await notices.RunOnceAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
        Assert.Equal(1, await notices.RunOnceAsync(DateTimeOffset.UtcNow.AddMinutes(6), CancellationToken.None));
        Assert.Equal(0, await notices.RunOnceAsync(DateTimeOffset.UtcNow.AddMinutes(7), CancellationToken.None));

        Assert.Contains("대기 순서는 1번째", (await channel.NextAsync()).Text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
