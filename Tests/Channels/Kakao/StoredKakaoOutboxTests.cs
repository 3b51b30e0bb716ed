using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure.Storage.Blobs;
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

/// <summary>The shared outbox's rules, with two instances' outboxes on one Azurite container.</summary>
[Slow]
public sealed class StoredKakaoOutboxTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kakao-outbox-").FullName;

    [Fact]
    public async Task Instances_share_order_put_backs_and_erasure()
    {
        var (a, b) = await TwoInstancesAsync(perConversation: 3);
        Assert.True(await a.TryEnqueueAsync("c", [Message("1"), Message("2")], default));
        Assert.False(await b.TryEnqueueAsync("c", [Message("3"), Message("4")], default));

        var first = await b.DrainAsync("c", default);
        await b.ReturnAsync("c", [first[1]], default);
        Assert.True(await a.TryEnqueueAsync("c", [Message("3")], default));
        Assert.Equal(["1", "2"], first.Select(m => m.Text));
        Assert.Equal(2, await b.CountAsync("c", default));
        Assert.Equal(["2", "3"], (await a.DrainAsync("c", default)).Select(m => m.Text));
        Assert.Empty(await b.DrainAsync("c", default));

        // Erased on one instance: a request in flight on the other cannot put back what was queued before.
        var inFlight = Message("before");
        Assert.True(await a.TryEnqueueAsync("c", [inFlight], default));
        var taken = await b.DrainAsync("c", default);
        Assert.Equal(0, await a.EraseAsync("c", default));
        await b.ReturnAsync("c", taken, default);
        Assert.True(await b.TryEnqueueAsync("c", [Message("after")], default));
        Assert.Equal(["after"], (await a.DrainAsync("c", default)).Select(m => m.Text));
    }

    [Fact]
    public async Task Concurrent_writers_and_drains_on_two_instances_lose_and_repeat_nothing()
    {
        var (a, b) = await TwoInstancesAsync(perConversation: 100_000);
        var drained = new ConcurrentBag<string>();
        var writers = new[] { a, b, a, b }.Select((outbox, w) => Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                Assert.True(await outbox.TryEnqueueAsync("c", [Message($"{w}-{i}")], default));
            }
        })).ToList();
        var drainers = new[] { a, b }.Select(outbox => Task.Run(async () =>
        {
            while (writers.Any(w => !w.IsCompleted))
            {
                foreach (var m in await outbox.DrainAsync("c", default))
                {
                    drained.Add(m.Text);
                }
            }
        }));

        await Task.WhenAll(writers.Concat(drainers));
        foreach (var m in await a.DrainAsync("c", default))
        {
            drained.Add(m.Text);
        }

        Assert.Equal(120, drained.Count);
        Assert.Equal(120, drained.Distinct().Count());
    }

    private async Task<(StoredKakaoOutbox A, StoredKakaoOutbox B)> TwoInstancesAsync(int perConversation)
    {
        var container = new BlobServiceClient(fixture.Azurite.ConnectionString).GetBlobContainerClient("kakao-outbox-" + Guid.NewGuid().ToString("N"));
        await container.CreateIfNotExistsAsync();
        var keys = new KeyMaterial(Options.Create(new StorageOptions { LocalPath = _root }), NullLogger<KeyMaterial>.Instance);
        var protector = new HandoffProtector(RandomNumberGenerator.GetBytes(32));
        var options = Options.Create(new KakaoOptions { PendingPerConversation = perConversation });
        StoredKakaoOutbox Instance() => new(new BlobObjectStore(container), protector, new Pseudonymizer(keys), options, TimeProvider.System);
        return (Instance(), Instance());
    }

    private static KakaoPendingMessage Message(string text) => new(text, [], DateTimeOffset.UtcNow);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
