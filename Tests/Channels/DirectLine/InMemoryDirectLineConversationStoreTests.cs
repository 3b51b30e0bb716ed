using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.DirectLine;

public sealed class InMemoryDirectLineConversationStoreTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task Only_the_newest_activities_are_kept_and_watermarks_keep_counting()
    {
        var store = Store(new DirectLineOptions { MaxActivitiesPerConversation = 20 });
        await store.StartAsync("c", "dl_user", null, CancellationToken.None);

        for (var i = 1; i <= 25; i++)
        {
            await store.AppendAsync("c", new Activity(ActivityTypes.Message, text: $"m{i}"), null, CancellationToken.None);
        }

        var all = await store.ReadAsync("c", 0, 100, CancellationToken.None);
        var afterLast = await store.ReadAsync("c", all!.Watermark, 100, CancellationToken.None);

        Assert.Equal(20, all.Activities.Count);
        Assert.Contains("\"text\":\"m6\"", all.Activities[0], StringComparison.Ordinal);
        Assert.Equal(25, all.Watermark);
        Assert.Empty(afterLast!.Activities);
        Assert.Equal(25, afterLast.Watermark);
    }

    [Fact]
    public async Task A_stream_waiting_for_activity_wakes_when_one_is_appended()
    {
        var store = Store(new DirectLineOptions());
        await store.StartAsync("c", "dl_user", null, CancellationToken.None);

        var waiting = store.WaitForActivityAsync("c", 0, TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        await store.AppendAsync("c", new Activity(ActivityTypes.Message, text: "hello"), null, CancellationToken.None);

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task An_expired_conversation_frees_its_place_for_a_new_one()
    {
        var store = Store(new DirectLineOptions { MaxConversations = 1, IdleTimeout = TimeSpan.FromMinutes(5) });
        await store.StartAsync("old", "dl_a", null, CancellationToken.None);

        var refused = await store.StartAsync("new", "dl_b", null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));
        var admitted = await store.StartAsync("new", "dl_b", null, CancellationToken.None);

        Assert.Null(refused);
        Assert.True(admitted!.Created);
        Assert.Null(await store.FindAsync("old", CancellationToken.None));
    }

    private InMemoryDirectLineConversationStore Store(DirectLineOptions options) => new(Options.Create(options), _clock);
}
