using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;
using ReportBot.Tests.Records;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Case-code hashing is bounded across every conversation and the records API: while all hashing slots and the
/// short queue are taken (many guessers at once), a survivor is told kindly to try again in a moment, that try does
/// not count as a wrong code, and the same code works once the queue has room.
/// </summary>
[Slow]
public sealed class CaseCodeHashingLimitTests
{
    [Fact]
    public async Task A_code_typed_while_hashing_is_full_gets_a_busy_answer_and_works_a_moment_later()
    {
        var storage = new RecordingStorage();
        var settings = ReportTestHost.Settings();
        settings["Cases:MaxConcurrentHashes"] = "1";
        settings["Cases:HashQueueLength"] = "1";
        settings["Cases:MaxCodeAttempts"] = "1";
        await using var host = new DialogTestHost(storage, settings, new ManualClock(ReportTestHost.Noon), "survivor");
        var cases = host.Services.GetRequiredService<CaseStore>();
        var (code, _) = await cases.CreateAsync(new IncidentReport(), "en", CancellationToken.None);
        await host.Say("hello");
        Assert.Contains(Catalog.En(CasesText.AskCode), await host.Say("I have a case code"), StringComparison.Ordinal);

        var gate = host.Services.GetRequiredService<CaseCodeHashGate>();
        string busy;
        using (var guessers = new ManualResetEventSlim())
        {
            var held = FillGate(gate, guessers, 2);
            busy = await host.Say(code);
            guessers.Set();
            await Task.WhenAll(held);
        }

        Assert.Contains(Catalog.En(LimitsText.HashingBusy), busy, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.En(CasesText.Locked), busy, StringComparison.Ordinal);

        // Only one wrong code is allowed here, so this would be refused had the busy try counted.
        Assert.Contains(Catalog.En(CasesText.Found), await host.Say(code), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_records_api_answers_503_with_retry_after_while_hashing_is_full_without_counting_a_wrong_code()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["Cases:MaxConcurrentHashes"] = "1",
            ["Cases:HashQueueLength"] = "1",
            ["Cases:MaxCodeAttempts"] = "1",
        });
        var code = await RecordsHttpTests.SaveCaseAsync(bot);
        var gate = bot.Services.GetRequiredService<CaseCodeHashGate>();

        using (var guessers = new ManualResetEventSlim())
        {
            var held = FillGate(gate, guessers, 2);
            using (var refused = await RecordsHttpTests.PostRecordAsync(bot, code, "application/json"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.NotNull(refused.Headers.RetryAfter);
            }

            guessers.Set();
            await Task.WhenAll(held);
        }

        using var record = await RecordsHttpTests.PostRecordAsync(bot, code, "application/json");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
    }

    /// <summary>Takes every slot and queue place with look-ups that wait for <paramref name="release"/>.</summary>
    private static Task[] FillGate(CaseCodeHashGate gate, ManualResetEventSlim release, int places)
    {
        using var started = new ManualResetEventSlim();
        var held = new Task[places];
        held[0] = Task.Run(() => gate.RunAsync(() => { started.Set(); return release.Wait(TimeSpan.FromSeconds(30)); }, mayRefuse: true, CancellationToken.None));
        started.Wait(TimeSpan.FromSeconds(10));
        for (var i = 1; i < places; i++)
        {
            held[i] = gate.RunAsync(() => true, mayRefuse: true, CancellationToken.None);
        }

        return held;
    }
}
