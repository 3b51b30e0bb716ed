using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Handoff;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Tests.Dialogs;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A turn whose state save loses an ETag race is re-run on the stored state. What the first run created outside
/// the conversation's state (a case, a handoff) must not be created twice: one case, whose code is the one shown,
/// and one handoff in the counsellors' queue.
/// </summary>
public sealed class IdempotentRerunTests
{
    [Fact]
    public async Task A_report_saved_in_a_turn_that_is_re_run_makes_one_case_and_the_code_shown_finds_it()
    {
        var storage = new ConflictOnceStorage();
        await using var host = ReportTestHost.Create(storage, conversationId: "rerun-report");
        await host.StartEnglishReportAsync();
        await host.Say("3");
        await host.Say("Someone made fake pictures of me.");
        await host.Say("done");
        for (var i = 0; i < 7; i++)
        {
            await host.Say("skip");
        }

        storage.ArmConflict();
        var code = ReportWalk.CaseCodeIn(await host.Say("Save it"));

        Assert.Equal(1, storage.Conflicts);
        Assert.Contains(host.Logs.Lines, l => l.Contains("re-running the turn", StringComparison.Ordinal));
        var cases = storage.Inner.LiveKeys.Where(k => k.StartsWith(CaseCodeHasher.KeyPrefix, StringComparison.Ordinal)).ToList();
        var key = Assert.Single(cases);
        Assert.Equal((await host.Services.GetRequiredService<CaseStore>().KeyForAsync(code, CancellationToken.None)), key);
        var stored = await host.Services.GetRequiredService<CaseStore>().FindByKeyAsync(key, CancellationToken.None);
        Assert.Equal(["Someone made fake pictures of me."], stored!.Report.Narrative!);
    }

    [Fact]
    public async Task Asking_for_a_counsellor_in_a_turn_that_is_re_run_puts_one_handoff_in_the_queue()
    {
        var storage = new ConflictOnceStorage();
        await using var host = ReportTestHost.Create(storage, conversationId: "rerun-handoff");
        await host.Say("hello");
        var runner = host.Services.GetRequiredService<ConsistentTurnRunner>();
        var state = host.Services.GetRequiredService<ConversationState>();
        var handoffs = host.Services.GetRequiredService<IHandoffService>();
        var tickets = new List<string>();

        storage.ArmConflict();
        await host.Adapter.ProcessActivityAsync(
            host.Adapter.MakeActivity("I want to talk to a counsellor"),
            (turn, ct) => runner.RunAsync(turn, state, async inner => tickets.Add((await handoffs.RequestAsync(turn, Language.English, crisis: false, [], inner)).Id), ct),
            CancellationToken.None);

        Assert.Equal(1, storage.Conflicts);
        Assert.Equal(2, tickets.Count);
        var queued = await host.Services.GetRequiredService<IHandoffQueue>().ListAsync(CancellationToken.None);
        var only = Assert.Single(queued);
        Assert.All(tickets, id => Assert.Equal(only.Record.Id, id));
    }
}
