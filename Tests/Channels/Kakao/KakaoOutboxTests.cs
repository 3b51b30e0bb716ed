using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>
/// The rules of the outbox the product uses (<see cref="StoredKakaoOutbox"/>), on the local store with a clock the test
/// moves. The store stamps objects with the real time, so the test clock starts now and only moves forward.
/// </summary>
public sealed class KakaoOutboxTests : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kakao-outbox-rules-").FullName;
    private readonly List<LocalDiskObjectStore> _stores = [];

    [Fact]
    public async Task Messages_come_out_in_order_once_and_put_back_ones_come_first()
    {
        var (outbox, clock) = Create();
        await outbox.TryEnqueueAsync("c", [Message("1", clock), Message("2", clock)], default);

        var first = await outbox.DrainAsync("c", default);
        await outbox.ReturnAsync("c", [first[1]], default);
        await outbox.TryEnqueueAsync("c", [Message("3", clock)], default);
        var second = await outbox.DrainAsync("c", default);

        Assert.Equal(["1", "2"], first.Select(m => m.Text));
        Assert.Equal(["2", "3"], second.Select(m => m.Text));
        Assert.Empty(await outbox.DrainAsync("c", default));
    }

    [Fact]
    public async Task A_full_conversation_queue_refuses_the_whole_batch()
    {
        var (outbox, clock) = Create(perConversation: 3);
        Assert.True(await outbox.TryEnqueueAsync("c", [Message("1", clock), Message("2", clock)], default));

        Assert.False(await outbox.TryEnqueueAsync("c", [Message("3", clock), Message("4", clock)], default));
        Assert.Equal(2, await outbox.CountAsync("c", default));
        Assert.True(await outbox.TryEnqueueAsync("other", [Message("x", clock), Message("y", clock)], default));
    }

    [Fact]
    public async Task The_number_of_conversations_is_bounded_and_expired_messages_make_room()
    {
        var (outbox, clock) = Create(conversations: 2, hours: 1);
        await outbox.TryEnqueueAsync("a", [Message("1", clock)], default);
        await outbox.TryEnqueueAsync("b", [Message("1", clock)], default);

        Assert.False(await outbox.TryEnqueueAsync("c", [Message("1", clock)], default));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await outbox.TryEnqueueAsync("c", [Message("1", clock)], default));
        Assert.Empty(await outbox.DrainAsync("a", default));
        Assert.Equal(1, await outbox.CountAsync("c", default));
    }

    [Fact]
    public async Task Messages_older_than_the_outbox_lifetime_are_not_delivered()
    {
        var (outbox, clock) = Create(hours: 1);
        await outbox.TryEnqueueAsync("c", [Message("old", clock)], default);
        clock.Advance(TimeSpan.FromMinutes(50));
        await outbox.TryEnqueueAsync("c", [Message("new", clock)], default);
        clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(["new"], (await outbox.DrainAsync("c", default)).Select(m => m.Text));
    }

    [Fact]
    public async Task Concurrent_writers_and_drains_lose_nothing()
    {
        var (outbox, clock) = Create(perConversation: 100_000);
        var drained = new System.Collections.Concurrent.ConcurrentBag<string>();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                Assert.True(await outbox.TryEnqueueAsync("c", [Message($"{w}-{i}", clock)], default));
            }
        })).ToList();
        var drainer = Task.Run(async () =>
        {
            while (writers.Any(w => !w.IsCompleted))
            {
                foreach (var m in await outbox.DrainAsync("c", default))
                {
                    drained.Add(m.Text);
                }
            }
        });

        await Task.WhenAll(writers.Append(drainer));
        foreach (var m in await outbox.DrainAsync("c", default))
        {
            drained.Add(m.Text);
        }

        Assert.Equal(4000, drained.Distinct().Count());
        Assert.Equal(4000, drained.Count);
    }

    private (StoredKakaoOutbox Outbox, ManualClock Clock) Create(int perConversation = 50, int conversations = 100, int hours = 72)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var options = Options.Create(new KakaoOptions { PendingPerConversation = perConversation, PendingConversations = conversations, PendingHours = hours });
        var store = new LocalDiskObjectStore(Path.Combine(_root, Guid.NewGuid().ToString("N")));
        _stores.Add(store);
        var keys = new KeyMaterial(Options.Create(new StorageOptions { LocalPath = _root }), NullLogger<KeyMaterial>.Instance);
        return (new StoredKakaoOutbox(store, new HandoffProtector(RandomNumberGenerator.GetBytes(32)), new Pseudonymizer(keys), options, clock), clock);
    }

    private static KakaoPendingMessage Message(string text, TimeProvider clock) => new(text, [], clock.GetUtcNow());

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }
}
