using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.DirectLine;

public sealed class DirectLineStoreBudgetTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task A_conversation_keeps_within_its_byte_budget_by_dropping_its_oldest_activities()
    {
        var store = Store(new DirectLineOptions { MaxBytesPerConversation = 64 * 1024 });
        await store.StartAsync("c", "dl_user", null, CancellationToken.None);

        for (var i = 0; i < 40; i++)
        {
            await store.AppendAsync("c", new Activity(ActivityTypes.Message, text: $"m{i} " + new string('가', 4000)), null, CancellationToken.None);
        }

        var page = await store.ReadAsync("c", 0, 100, CancellationToken.None);
        Assert.InRange(store.TotalBytes, 1, 64 * 1024);
        Assert.Contains("m39 ", page!.Activities[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(page.Activities, a => a.Contains("m0 ", StringComparison.Ordinal));
        Assert.Equal(40, page.Watermark);
    }

    [Fact]
    public async Task The_store_says_it_is_full_when_all_conversations_hold_the_total_budget_and_frees_it_when_they_go()
    {
        var store = Store(new DirectLineOptions { MaxBytesPerConversation = 64 * 1024, MaxTotalBytes = 128 * 1024, IdleTimeout = TimeSpan.FromMinutes(5) });
        for (var c = 0; c < 3; c++)
        {
            await store.StartAsync("c" + c, "dl_user", null, CancellationToken.None);
            for (var i = 0; i < 5; i++)
            {
                await store.AppendAsync("c" + c, new Activity(ActivityTypes.Message, text: new string('가', 8000)), null, CancellationToken.None);
            }
        }

        Assert.False(store.HasRoom);
        _clock.Advance(TimeSpan.FromMinutes(6));
        store.PurgeExpired();
        Assert.True(store.HasRoom);
        Assert.Equal(0, store.TotalBytes);
    }

    [Fact]
    public async Task Reading_does_not_keep_a_conversation_past_its_lifetime()
    {
        var store = Store(new DirectLineOptions { IdleTimeout = TimeSpan.FromMinutes(30), MaxLifetime = TimeSpan.FromHours(2) });
        await store.StartAsync("held", "dl_user", null, CancellationToken.None);

        for (var minutes = 0; minutes < 119; minutes += 10)
        {
            _clock.Advance(TimeSpan.FromMinutes(10));
            Assert.NotNull(await store.ReadAsync("held", 0, 10, CancellationToken.None));
        }

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(await store.ReadAsync("held", 0, 10, CancellationToken.None));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task An_erased_conversation_keeps_only_what_came_after_and_cannot_be_started_again()
    {
        var store = Store(new DirectLineOptions { ErasureGrace = TimeSpan.FromMinutes(2) });
        await store.StartAsync("c", "dl_user", null, CancellationToken.None);
        await store.AppendAsync("c", new Activity(ActivityTypes.Message, text: "secret words"), null, CancellationToken.None);

        Assert.True(await store.EraseAsync("c", CancellationToken.None));
        await store.AppendAsync("c", new Activity(ActivityTypes.Message, text: "deleted"), null, CancellationToken.None);

        var page = await store.ReadAsync("c", 0, 100, CancellationToken.None);
        Assert.Equal(["deleted"], page!.Activities.Select(a => a.Contains("deleted", StringComparison.Ordinal) ? "deleted" : a).ToArray());
        Assert.Null(await store.FindAsync("c", CancellationToken.None));
        Assert.Null(store.TryOpenStream("c"));
        Assert.True(store.IsErased("c"));

        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Null(await store.ReadAsync("c", 0, 100, CancellationToken.None));
        Assert.True(store.IsErased("c"));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.False(store.IsErased("c"));
    }

    private InMemoryDirectLineConversationStore Store(DirectLineOptions options) => new(Options.Create(options), _clock);
}
