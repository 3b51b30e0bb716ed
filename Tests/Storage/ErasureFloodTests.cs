using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Many conversations ask to delete their data at the same moment (a flood, or a bad day): the erasures take turns
/// (each reads the whole handoff queue and the record links, so unbounded they would multiply storage work), every
/// one of them is carried out and confirmed, and a survivor who is just talking is still answered. Over real HTTP.
/// </summary>
[Slow]
public sealed class ErasureFloodTests
{
    [Fact]
    public async Task Erasures_from_many_conversations_at_once_run_one_at_a_time_and_all_complete_while_others_are_answered()
    {
        var probe = new ConcurrencyProbe();
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?> { ["Cases:MaxConcurrentErasures"] = "1" },
            s => s.AddSingleton<IDataEraser>(probe));
        const int conversations = 8;
        for (var i = 0; i < conversations; i++)
        {
            await bot.SendAsync("flood-" + i, "hello");
            await bot.SendAsync("flood-" + i, "delete my data");
        }

        var erasures = Enumerable.Range(0, conversations).Select(i => bot.SendAsync("flood-" + i, "yes")).ToList();
        var answer = await bot.SendAsync("just-talking", "hello");
        var receipts = await Task.WhenAll(erasures);

        Assert.NotEmpty(answer);
        Assert.All(receipts, r => Assert.Contains("key", string.Join("\n", r.Select(a => a.Text)), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(conversations, probe.Calls);
        Assert.Equal(1, probe.MaxAtOnce);
    }

    /// <summary>An extra eraser that holds each erasure a moment and counts how many run at once.</summary>
    private sealed class ConcurrencyProbe : IDataEraser
    {
        private int _running;
        private int _max;
        private int _calls;

        public int MaxAtOnce => Volatile.Read(ref _max);

        public int Calls => Volatile.Read(ref _calls);

        public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
        {
            Interlocked.Increment(ref _calls);
            var now = Interlocked.Increment(ref _running);
            int seen;
            while ((seen = Volatile.Read(ref _max)) < now && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }

            await Task.Delay(150, ct);
            Interlocked.Decrement(ref _running);
            return ErasureResult.Nothing;
        }
    }
}
