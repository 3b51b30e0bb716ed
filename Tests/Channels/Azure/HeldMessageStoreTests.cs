using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>Messages held for a survivor's next message, on the real local object store.</summary>
public sealed class HeldMessageStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("held-").FullName;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly HeldMessageStore _store;

    public HeldMessageStoreTests()
    {
        var keys = new KeyMaterial(Options.Create(new StorageOptions { LocalPath = _root }), NullLogger<KeyMaterial>.Instance);
        _store = new HeldMessageStore(new LocalDiskObjectStore(Path.Combine(_root, "objects")), new HandoffProtector(RandomNumberGenerator.GetBytes(32)), new Pseudonymizer(keys), _clock);
    }

    [Fact]
    public async Task Held_messages_come_out_once_in_order_encrypted_at_rest_and_a_later_one_is_kept()
    {
        await _store.HoldAsync("facebook", "conv-7", "상담사: 첫 번째 메시지", "ko-KR", CancellationToken.None);
        await _store.HoldAsync("facebook", "conv-7", "상담사: 두 번째 메시지", "ko-KR", CancellationToken.None);
        Assert.DoesNotContain(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("메시지", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), f => f.Contains("conv-7", StringComparison.Ordinal));

        var taken = await _store.TakeAsync("facebook", "conv-7", CancellationToken.None);
        Assert.Equal(["상담사: 첫 번째 메시지", "상담사: 두 번째 메시지"], taken.Select(m => m.Text));
        Assert.Empty(await _store.TakeAsync("facebook", "conv-7", CancellationToken.None));
        Assert.Empty(await _store.TakeAsync("facebook", "other-conversation", CancellationToken.None));

        await _store.HoldAsync("facebook", "conv-7", "상담사: 세 번째", "ko-KR", CancellationToken.None);
        Assert.Equal(["상담사: 세 번째"], (await _store.TakeAsync("facebook", "conv-7", CancellationToken.None)).Select(m => m.Text));
    }

    [Fact]
    public async Task At_most_fifty_are_kept_old_ones_expire_and_deleting_the_conversation_deletes_them()
    {
        for (var i = 1; i <= HeldMessageStore.MaxPerConversation + 5; i++)
        {
            await _store.HoldAsync("facebook", "conv-8", "m" + i, null, CancellationToken.None);
        }

        var kept = await _store.TakeAsync("facebook", "conv-8", CancellationToken.None);
        Assert.Equal(HeldMessageStore.MaxPerConversation, kept.Count);
        Assert.Equal("m6", kept[0].Text);

        await _store.HoldAsync("facebook", "conv-8", "too old", null, CancellationToken.None);
        _clock.Advance(HeldMessageStore.Lifetime + TimeSpan.FromMinutes(1));
        Assert.Empty(await _store.TakeAsync("facebook", "conv-8", CancellationToken.None));

        await _store.HoldAsync("facebook", "conv-9", "to be erased", null, CancellationToken.None);
        await _store.EraseAsync(new ErasureRequest("facebook", "conv-9", null, WholeConversation: true), CancellationToken.None);
        Assert.Empty(await _store.TakeAsync("facebook", "conv-9", CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
