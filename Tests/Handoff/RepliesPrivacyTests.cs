using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Handoff.Console;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

/// <summary>Issue 15's handoff items: redacted relay with consent, complete erasure, retention, limits.</summary>
[Slow]
public sealed class RepliesPrivacyTests : IDisposable
{
    private const string Phone = "010-2345-6789";

    private readonly string _data = Directory.CreateTempSubdirectory("replies-privacy-").FullName;

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public async Task A_contact_in_a_left_message_is_shown_as_typed_only_when_the_survivor_agrees_and_is_never_stored_in_clear(string answer, bool shown)
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));

        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-consent", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-consent", "yes");
        var asked = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-consent", $"Please call me at {Phone} after 6"));
        Assert.Contains("Show this contact to the counsellor as you typed it?", asked, StringComparison.Ordinal);
        var saved = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-consent", answer));
        ReportWalk.CaseCodeIn(saved);

        var mina = await LoginAsync(bot, "mina");
        var id = await TakeOnlyThreadAsync(bot, mina);
        var (_, messages) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", mina);
        var text = Assert.Single(messages.EnumerateArray()).GetProperty("text").GetString();
        Assert.Equal(shown ? $"Please call me at {Phone} after 6" : "Please call me at [phone] after 6", text);

        // The number's digits with and without separators (a bare "2345" also turns up inside random hex names).
        var atRest = string.Join("\n", DataFolder.AllText(_data));
        Assert.DoesNotContain("2345-6789", atRest, StringComparison.Ordinal);
        Assert.DoesNotContain("01023456789", atRest, StringComparison.Ordinal);
        Assert.DoesNotContain("call me", atRest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no", false)]
    [InlineData("네", true)]
    [InlineData("what do I do now?", false)]
    public async Task Messages_relayed_in_a_live_handoff_are_redacted_unless_the_survivor_agrees_and_storage_never_keeps_them_in_clear(string answer, bool shown)
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var mina = await LoginAsync(bot, "mina");
        await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", mina);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-live", "talk to a counsellor");
        var (_, queue) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", mina);
        var id = Assert.Single(queue.EnumerateArray()).GetProperty("id").GetString();
        await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina);

        var typed = $"my number is {Phone}, mail kim.survivor@example.com";
        var asked = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-live", typed));
        Assert.Contains("Show this contact to the counsellor as you typed it?", asked, StringComparison.Ordinal);
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", mina)).Body.EnumerateArray());
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-live", answer);

        var (_, messages) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", mina);
        var texts = messages.EnumerateArray().Select(m => m.GetProperty("text").GetString()!).ToList();
        Assert.Equal(shown ? typed : "my number is [phone], mail [email]", texts[0]);
        Assert.Equal(answer.EndsWith('?') ? [texts[0], answer] : [texts[0]], texts);
        var atRest = await StoredHandoffAsync(bot, id!);
        Assert.DoesNotContain("kim.survivor", atRest, StringComparison.Ordinal);
        Assert.DoesNotContain("2345-6789", atRest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_my_data_removes_the_thread_and_the_live_handoff_of_the_conversation()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "yes");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "I was followed home again.");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "skip");
        var mina = await LoginAsync(bot, "mina");
        var thread = await TakeOnlyThreadAsync(bot, mina);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{thread}/reply", mina, new { text = "We read it." })).Status);

        // Now a counsellor is signed in: the survivor also asks for a live conversation.
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "cancel");
        Assert.Equal(2, (await StoredHandoffsAsync(bot)).Count);

        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "delete my data");
        var erased = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "yes"));

        Assert.Contains("Messages to and from counsellors", erased, StringComparison.Ordinal);
        Assert.Empty(await StoredHandoffsAsync(bot));
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{thread}/reply", mina, new { text = "Hello?" })).Status);
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads", mina)).Body.EnumerateArray());
    }

    [Fact]
    public async Task Delete_my_data_in_a_conversation_that_answered_with_a_code_forgets_the_way_back_to_it()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-first", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-first", "yes");
        var code = ReportWalk.CaseCodeIn(Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-first", "Is this safe?")));
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-first", "skip");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-later", "I have a case code");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-later", code);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-later", "One more thing.");
        var queue = bot.Services.GetRequiredService<IHandoffQueue>();
        var desk = bot.Services.GetRequiredService<CounsellorDesk>();
        var thread = Assert.Single(await queue.ListAsync(CancellationToken.None)).Record;
        Assert.Equal("conv-later", desk.ReferenceOf(thread).Conversation.Id);

        // Out of the case's own menu (where "delete" reads as deleting the report itself), the survivor asks to
        // delete this conversation's data: the case and its thread stay, the way back to this conversation goes.
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-later", "stop");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-later", "delete my data");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-later", "yes");

        var kept = Assert.Single(await queue.ListAsync(CancellationToken.None)).Record;
        Assert.Null(kept.ProtectedReference);
        Assert.Equal(2, kept.Messages.Count);
    }

    [Fact]
    public async Task A_thread_expires_with_its_case_and_a_stale_open_handoff_is_closed()
    {
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-expire", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-expire", "yes");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-expire", "Is anyone there?");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-expire", "skip");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-stale", "I want to die");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-stale", "talk to a counsellor");
        var housekeeping = bot.Services.GetRequiredService<HandoffWaitNotices>();
        var queue = bot.Services.GetRequiredService<IHandoffQueue>();

        // Within retention nothing goes.
        Assert.Equal(0, await housekeeping.PurgeClosedAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(2, (await queue.ListAsync(CancellationToken.None)).Count);

        // A day later the waiting request is closed; at the end of retention the case, and with it the thread, go.
        await housekeeping.PurgeClosedAsync(DateTimeOffset.UtcNow.AddHours(25), CancellationToken.None);
        var records = (await queue.ListAsync(CancellationToken.None)).Select(s => s.Record).ToList();
        Assert.Contains(records, r => r is { IsThread: false, Status: HandoffStatus.Cancelled, ProtectedReference: null });
        var retention = bot.Services.GetRequiredService<RetentionService>();
        Assert.True(await retention.SweepAsync(DateTimeOffset.UtcNow.AddDays(400), CancellationToken.None) > 0);
        Assert.True(await housekeeping.PurgeClosedAsync(DateTimeOffset.UtcNow.AddDays(400), CancellationToken.None) >= 1);
        Assert.DoesNotContain((await queue.ListAsync(CancellationToken.None)).Select(s => s.Record), r => r.IsThread);
    }

    [Fact]
    public async Task A_thread_takes_only_so_many_messages_and_says_so_kindly()
    {
        var settings = Settings(_data);
        settings["Handoff:MaxMessagesPerHandoff"] = "10";
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(settings);
        for (var i = 1; i <= 10; i++)
        {
            await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-full", "talk to a counsellor");
            await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-full", "yes");
            Assert.Contains("Your message is saved", Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-full", "message number " + i)), StringComparison.Ordinal);
            await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-full", "skip");
        }

        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-full", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-full", "yes");
        var refused = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-full", "one more"));

        Assert.Contains("No more messages can be added to this case (at most 10)", refused, StringComparison.Ordinal);
        Assert.Contains("1366", refused, StringComparison.Ordinal);
        var thread = Assert.Single((await bot.Services.GetRequiredService<IHandoffQueue>().ListAsync(CancellationToken.None)).Select(s => s.Record));
        Assert.Equal(10, thread.Messages.Count);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static async Task<string> TakeOnlyThreadAsync(RunningBot bot, string token)
    {
        var (_, inbox) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads", token);
        var id = Assert.Single(inbox.EnumerateArray()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token)).Status);
        return id;
    }
}
