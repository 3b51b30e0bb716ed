using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Storage;

public sealed class KeyedLocksTests
{
    [Fact]
    public async Task TryEnter_takes_a_free_key_refuses_a_held_one_without_waiting_and_leaves_nothing_behind()
    {
        var locks = new KeyedLocks();
        var turn = await locks.EnterAsync("state/a", CancellationToken.None);

        Assert.False(locks.TryEnter("state/a", out var refused));
        Assert.Null(refused);
        Assert.True(locks.TryEnter("state/b", out var other));
        other!.Dispose();

        turn.Dispose();
        Assert.True(locks.TryEnter("state/a", out var taken));
        var waiting = locks.EnterAsync("state/a", CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        taken!.Dispose();
        (await waiting).Dispose();

        Assert.Equal(0, locks.Count);
    }
}
