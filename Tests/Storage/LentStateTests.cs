using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Tests.Storage;

/// <summary>
/// A turn that ended well lends its conversation state's objects to the next turn on this instance, which starts from
/// them instead of deserialising the saved bytes. What a survivor must never see: a turn starting from changes that
/// were not saved (a turn that failed), or two turns of one conversation sharing objects at the same moment (a second
/// delivery while the first still runs), which would let one turn's half-made changes into the other's saved state.
/// </summary>
public sealed class LentStateTests : IAsyncDisposable
{
    private readonly StorageStack _stack = new(StorageStack.NewSettings());
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation("lent", "u", "bot"));
    private readonly SnapshotConversationState _state;
    private readonly IStatePropertyAccessor<List<string>> _answers;

    public LentStateTests()
    {
        _state = new SnapshotConversationState(_stack.Get<IStorage>());
        _answers = _state.CreateProperty<List<string>>("answers");
    }

    public async ValueTask DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task The_next_turn_starts_from_the_objects_the_last_turn_saved()
    {
        List<string>? first = null;
        await TurnAsync(async (turn, ct) => (first = await _answers.GetAsync(turn, () => [], ct)).Add("one"));
        List<string>? second = null;
        await TurnAsync(async (turn, ct) => (second = await _answers.GetAsync(turn, () => [], ct)).Add("two"));

        Assert.Same(first, second);
        Assert.Equal(["one", "two"], await SavedAnswersAsync());
    }

    [Fact]
    public async Task A_turn_that_fails_after_changing_the_state_leaves_the_next_turn_the_saved_state()
    {
        await TurnAsync(async (turn, ct) => (await _answers.GetAsync(turn, () => [], ct)).Add("kept"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => TurnAsync(async (turn, ct) =>
        {
            (await _answers.GetAsync(turn, () => [], ct)).Add("never saved");
            throw new InvalidOperationException("the turn failed");
        }));

        List<string>? seen = null;
        await TurnAsync(async (turn, ct) => seen = [.. await _answers.GetAsync(turn, () => [], ct)]);

        Assert.Equal(["kept"], seen);
        Assert.Equal(["kept"], await SavedAnswersAsync());
    }

    [Fact]
    public async Task A_second_delivery_while_the_first_runs_gets_its_own_objects_and_is_re_run_on_the_first_ones_result()
    {
        await TurnAsync(async (turn, ct) => (await _answers.GetAsync(turn, () => [], ct)).Add("start"));
        var firstLoaded = new TaskCompletionSource<List<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondSaw = new List<List<string>>();

        var first = TurnAsync(async (turn, ct) =>
        {
            var answers = await _answers.GetAsync(turn, () => [], ct);
            firstLoaded.TrySetResult(answers); // once: its re-run after losing the race comes here again
            answers.Add("first");
            await secondDone.Task; // the second delivery saves in the meantime
        });
        var held = await firstLoaded.Task;
        await TurnAsync(async (turn, ct) =>
        {
            var answers = await _answers.GetAsync(turn, () => [], ct);
            secondSaw.Add([.. answers]);
            Assert.NotSame(held, answers);
            answers.Add("second");
        });
        secondDone.SetResult();
        await first;

        // The second saved first, from its own copy; the first lost the ETag race and ran again on the second's result.
        Assert.Equal(["start"], secondSaw[0]);
        Assert.Equal(["start", "second", "first"], await SavedAnswersAsync());
    }

    [Fact]
    public void At_most_1024_conversations_keep_their_objects_and_a_new_version_frees_the_old_ones_place()
    {
        var cache = new StateCache();
        for (var i = 0; i < 1100; i++)
        {
            cache.Remember($"state/{i}", [1], "\"v1\"", [2]);
            cache.Lend($"state/{i}", "\"v1\"", new Dictionary<string, object>());
        }

        int Kept() => Enumerable.Range(0, 1100).Count(i => cache.TryTake($"state/{i}", out _, out _, out var live) && live is not null);
        var firstRound = Enumerable.Range(0, 1100).Select(i => $"state/{i}").ToList();
        foreach (var name in firstRound.Take(10))
        {
            // Replaced before anyone took them: their places go to the next lenders.
            cache.Remember(name, [1], "\"v2\"", [2]);
        }

        cache.Lend("state/1099", "\"v1\"", new Dictionary<string, object>()); // was over the limit, now fits
        cache.Lend("state/0", "\"v1\"", new Dictionary<string, object>()); // an old version: not lent
        Assert.Equal(1015, Kept());
    }

    [Fact]
    public void A_version_lent_as_objects_lets_go_of_its_bytes_and_a_turn_that_finds_the_objects_taken_reads_storage()
    {
        var cache = new StateCache();
        var bytes = RememberFreshBytes(cache);
        var lent = new Dictionary<string, object>();
        cache.Lend("state/a", "\"v1\"", lent);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Every turn's latest version is young when a gen0 collection comes: kept once, not as objects and bytes.
        Assert.False(bytes.IsAlive);
        Assert.True(cache.TryTake("state/a", out _, out var etag, out var live));
        Assert.Same(lent, live);
        Assert.Equal("\"v1\"", etag);
        Assert.False(cache.TryTake("state/a", out _, out _, out _)); // taken: the second delivery reads storage
        Assert.Equal([2], cache.KeyFor("state/a", "\"v1\"")); // the version's key is still known for its save
    }

    [Fact]
    public async Task In_the_tests_a_state_changed_after_its_save_fails_the_next_turn_instead_of_being_carried_on()
    {
        List<string>? kept = null;
        await TurnAsync(async (turn, ct) => (kept = await _answers.GetAsync(turn, () => [], ct)).Add("saved"));
        kept!.Add("changed after the save"); // what StateCache.VerifyLent is there to catch

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => TurnAsync(async (turn, ct) => await _answers.GetAsync(turn, () => [], ct)));
        Assert.Contains("changed after its save", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_not_lent_keeps_its_bytes_for_the_next_turn()
    {
        var cache = new StateCache();
        cache.Remember("state/a", [7, 8], "\"v1\"", [2]);
        cache.Lend("state/a", "\"v0\"", new Dictionary<string, object>()); // an older version: not lent

        Assert.True(cache.TryTake("state/a", out var serialized, out _, out var live));
        Assert.Null(live);
        Assert.Equal([7, 8], serialized);
        Assert.True(cache.TryTake("state/a", out serialized, out _, out _)); // bytes are not taken: any turn may read them
        Assert.Equal([7, 8], serialized);
    }

    // Not inlined, so no local of this frame keeps the array alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference RememberFreshBytes(StateCache cache)
    {
        var bytes = new byte[] { 1, 2, 3 };
        cache.Remember("state/a", bytes, "\"v1\"", [2]);
        return new WeakReference(bytes);
    }

    private Task TurnAsync(Func<ITurnContext, CancellationToken, Task> body) =>
        _adapter.ProcessActivityAsync(_adapter.MakeActivity("tap"), (turn, ct) =>
            _stack.Get<ConsistentTurnRunner>().RunAsync(turn, _state, token => body(turn, token), ct), CancellationToken.None);

    private async Task<List<string>> SavedAnswersAsync()
    {
        var key = "test/conversations/lent";
        var bag = (IDictionary<string, object>)(await _stack.Get<IStorage>().ReadAsync([key]))[key];
        return [.. ((IEnumerable<object>)bag["answers"]).Select(o => o.ToString()!)];
    }
}
