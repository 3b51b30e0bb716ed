using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

[Slow]
public sealed class ConcurrentTurnTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    // Bot Builder's own ConversationState and the one the app registers (which skips its hashing).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Racing_turns_on_two_instances_lose_no_update_and_every_reply_matches_a_saved_state(bool snapshotState)
    {
        var shared = StorageStack.NewSettings(fixture.Azurite);
        await using var first = new StorageStack(shared);
        await using var second = new StorageStack(new Dictionary<string, string?>(shared) { ["Storage:LocalPath"] = Directory.CreateTempSubdirectory("reportbot-second-").FullName });
        var replies = new System.Collections.Concurrent.ConcurrentBag<long>();
        var failed = 0;

        async Task RunInstanceAsync(StorageStack stack)
        {
            var state = snapshotState ? new SnapshotConversationState(stack.Get<IStorage>()) : new ConversationState(stack.Get<IStorage>());
            var counter = state.CreateProperty<long>("counter");
            var runner = stack.Get<ConsistentTurnRunner>();
            var adapter = new TestAdapter(TestAdapter.CreateConversation("race", "u", "bot"));
            for (var i = 0; i < 12; i++)
            {
                try
                {
                    await adapter.ProcessActivityAsync(adapter.MakeActivity("tap"), (turn, ct) => runner.RunAsync(turn, state, async token =>
                    {
                        var value = await counter.GetAsync(turn, () => 0L, token) + 1;
                        await Task.Delay(Random.Shared.Next(0, 15), token);
                        await counter.SetAsync(turn, value, token);
                        await turn.SendActivityAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: token);
                    }, ct), CancellationToken.None);
                }
                catch (StorageConflictException)
                {
                    // Refused cleanly after the retries: no reply was sent for it.
                    Interlocked.Increment(ref failed);
                }

                while (adapter.GetNextReply() is { } reply)
                {
                    replies.Add(long.Parse(reply.AsMessageActivity().Text, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        await Task.WhenAll(RunInstanceAsync(first), RunInstanceAsync(second));

        var final = (IDictionary<string, object>)(await first.Get<IStorage>().ReadAsync(["test/conversations/race"]))["test/conversations/race"];
        var saved = Convert.ToInt64(final["counter"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(24 - failed, saved);
        Assert.Equal(Enumerable.Range(1, (int)saved).Select(n => (long)n), replies.Order());
        Assert.True(failed <= 4, $"{failed} of 24 turns were refused after retries");
        // The race really happened: some turns lost the ETag race and were re-run.
        Assert.Contains(first.Logs.Lines.Concat(second.Logs.Lines), l => l.Contains("re-running the turn", StringComparison.Ordinal));
    }
}
