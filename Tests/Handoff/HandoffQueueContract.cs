using System.Text;
using ReportBot.Bot.Handoff.Audit;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Tests.Handoff;

/// <summary>
/// What the handoff queue and the audit log promise on any <see cref="IObjectStore"/>; run against the local disk
/// (<see cref="LocalDiskHandoffQueueTests"/>) and against Azurite (<see cref="AzuriteHandoffQueueTests"/>).
/// </summary>
public abstract class HandoffQueueContract
{
    /// <summary>The store of this test (the same one on every call within a test).</summary>
    protected abstract Task<IObjectStore> CreateStoreAsync();

    /// <summary>The same stored data as another instance of the service reaches it.</summary>
    protected abstract Task<IObjectStore> SameStoreElsewhereAsync();

    protected async Task<IHandoffQueue> CreateQueueAsync() => new StoredHandoffQueue(await CreateStoreAsync());

    [Fact]
    public async Task A_created_handoff_reads_back_and_cannot_be_created_twice()
    {
        var queue = await CreateQueueAsync();
        var record = Waiting();

        Assert.True(await queue.TryCreateAsync(record, CancellationToken.None));
        Assert.False(await queue.TryCreateAsync(record with { Crisis = true }, CancellationToken.None));

        var stored = await queue.GetAsync(record.Id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(HandoffStatus.Waiting, stored.Record.Status);
        Assert.False(stored.Record.Crisis);
        Assert.Contains(await queue.ListAsync(CancellationToken.None), s => s.Record.Id == record.Id);
    }

    [Fact]
    public async Task A_write_against_a_stale_etag_is_refused()
    {
        var queue = await CreateQueueAsync();
        var record = Waiting();
        await queue.TryCreateAsync(record, CancellationToken.None);
        var first = (await queue.GetAsync(record.Id, CancellationToken.None))!;

        var newEtag = await queue.TryReplaceAsync(first.Record with { Status = HandoffStatus.Active, ClaimedBy = "a" }, first.ETag, CancellationToken.None);
        var stale = await queue.TryReplaceAsync(first.Record with { Status = HandoffStatus.Active, ClaimedBy = "b" }, first.ETag, CancellationToken.None);

        Assert.NotNull(newEtag);
        Assert.Null(stale);
        Assert.Equal("a", (await queue.GetAsync(record.Id, CancellationToken.None))!.Record.ClaimedBy);
    }

    [Fact]
    public async Task A_delete_against_a_stale_etag_is_refused_and_a_current_one_removes_the_handoff()
    {
        var queue = await CreateQueueAsync();
        var record = Waiting();
        await queue.TryCreateAsync(record, CancellationToken.None);
        var first = (await queue.GetAsync(record.Id, CancellationToken.None))!;
        var second = await queue.TryReplaceAsync(first.Record with { Status = HandoffStatus.Ended }, first.ETag, CancellationToken.None);

        Assert.False(await queue.TryDeleteAsync(record.Id, first.ETag, CancellationToken.None));
        Assert.True(await queue.TryDeleteAsync(record.Id, second!, CancellationToken.None));
        Assert.Null(await queue.GetAsync(record.Id, CancellationToken.None));
        Assert.DoesNotContain(await queue.ListAsync(CancellationToken.None), s => s.Record.Id == record.Id);
    }

    [Fact]
    public async Task Of_many_simultaneous_claims_exactly_one_wins()
    {
        var queue = await CreateQueueAsync();
        var record = Waiting();
        await queue.TryCreateAsync(record, CancellationToken.None);
        var read = (await queue.GetAsync(record.Id, CancellationToken.None))!;

        var claims = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            queue.TryReplaceAsync(read.Record with { Status = HandoffStatus.Active, ClaimedBy = "c" + i }, read.ETag, CancellationToken.None)));
        var results = await Task.WhenAll(claims);

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task Updates_retry_so_concurrent_appends_are_all_kept()
    {
        var queue = await CreateQueueAsync();
        var record = Waiting();
        await queue.TryCreateAsync(record, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => queue.UpdateAsync(
            record.Id,
            r => r with { Messages = [.. r.Messages, new HandoffMessage(r.Messages.Count + 1, HandoffMessage.Survivor, "m" + i, DateTimeOffset.UnixEpoch)] },
            CancellationToken.None))));

        var messages = (await queue.GetAsync(record.Id, CancellationToken.None))!.Record.Messages;
        Assert.Equal(6, messages.Count);
        Assert.Equal(6, messages.Select(m => m.ProtectedText).Distinct().Count());
    }

    [Fact]
    public async Task Crisis_requests_are_first_in_the_queue_then_the_longest_waiting()
    {
        var queue = await CreateQueueAsync();
        var early = Waiting() with { CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(1) };
        var later = Waiting() with { CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(2) };
        var crisis = Waiting() with { CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(3), Crisis = true };
        foreach (var r in new[] { later, crisis, early })
        {
            await queue.TryCreateAsync(r, CancellationToken.None);
        }

        Assert.Equal(1, await queue.PositionAsync(crisis.Id, CancellationToken.None));
        Assert.Equal(2, await queue.PositionAsync(early.Id, CancellationToken.None));
        Assert.Equal(3, await queue.PositionAsync(later.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Counsellors_count_as_present_only_within_the_window()
    {
        var queue = await CreateQueueAsync();
        var now = DateTimeOffset.UtcNow;
        await queue.TouchPresenceAsync("alice", now.AddMinutes(-10), CancellationToken.None);
        await queue.TouchPresenceAsync("bob", now, CancellationToken.None);

        Assert.Equal(1, await queue.CountPresentAsync(now.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(2, await queue.CountPresentAsync(now.AddMinutes(-11), CancellationToken.None));
    }

    [Fact]
    public async Task The_open_index_lists_waiting_active_and_left_messages_but_not_closed_or_deleted_ones()
    {
        var queue = await CreateQueueAsync();
        var waiting = Waiting();
        var active = Waiting() with { Status = HandoffStatus.Active, ClaimedBy = "mina" };
        var left = Waiting() with { Status = HandoffStatus.Message, IsThread = true };
        var closing = Waiting();
        var deleting = Waiting();
        foreach (var record in new[] { waiting, active, left, closing, deleting })
        {
            Assert.True(await queue.TryCreateAsync(record, CancellationToken.None));
        }

        var toClose = (await queue.GetAsync(closing.Id, CancellationToken.None))!;
        Assert.NotNull(await queue.TryReplaceAsync(toClose.Record with { Status = HandoffStatus.Ended }, toClose.ETag, CancellationToken.None));
        var toDelete = (await queue.GetAsync(deleting.Id, CancellationToken.None))!;
        Assert.True(await queue.TryDeleteAsync(deleting.Id, toDelete.ETag, CancellationToken.None));

        var open = (await queue.ListOpenAsync(CancellationToken.None)).Select(s => s.Record.Id).Order().ToList();
        Assert.Equal(new[] { waiting.Id, active.Id, left.Id }.Order(), open);
        Assert.Contains(await queue.ListAsync(CancellationToken.None), s => s.Record.Id == closing.Id);

        // A closed thread opened again by the survivor's answer is back in the index.
        var reopen = (await queue.GetAsync(closing.Id, CancellationToken.None))!;
        await queue.TryReplaceAsync(reopen.Record with { Status = HandoffStatus.Message }, reopen.ETag, CancellationToken.None);
        Assert.Contains(await queue.ListOpenAsync(CancellationToken.None), s => s.Record.Id == closing.Id);
    }

    [Fact]
    public async Task Two_queue_objects_on_one_store_never_both_win_a_claim()
    {
        var first = await CreateQueueAsync();
        var second = new StoredHandoffQueue(await SameStoreElsewhereAsync());
        var record = Waiting();
        await first.TryCreateAsync(record, CancellationToken.None);
        var read = (await first.GetAsync(record.Id, CancellationToken.None))!;

        var results = await Task.WhenAll(
            Task.Run(() => first.TryReplaceAsync(read.Record with { Status = HandoffStatus.Active, ClaimedBy = "a" }, read.ETag, CancellationToken.None)),
            Task.Run(() => second.TryReplaceAsync(read.Record with { Status = HandoffStatus.Active, ClaimedBy = "b" }, read.ETag, CancellationToken.None)));

        Assert.Single(results, r => r is not null);
        var winner = results[0] is not null ? "a" : "b";
        Assert.Equal(winner, (await second.GetAsync(record.Id, CancellationToken.None))!.Record.ClaimedBy);
    }

    [Fact]
    public async Task Of_a_delete_and_a_claim_at_once_exactly_one_happens()
    {
        var queue = await CreateQueueAsync();
        var other = new StoredHandoffQueue(await SameStoreElsewhereAsync());
        for (var round = 0; round < 5; round++)
        {
            var record = Waiting();
            await queue.TryCreateAsync(record, CancellationToken.None);
            var read = (await queue.GetAsync(record.Id, CancellationToken.None))!;

            var deleting = Task.Run(() => queue.TryDeleteAsync(record.Id, read.ETag, CancellationToken.None));
            var claiming = Task.Run(() => other.TryReplaceAsync(read.Record with { Status = HandoffStatus.Active, ClaimedBy = "mina" }, read.ETag, CancellationToken.None));
            var (deleted, claimed) = (await deleting, await claiming);

            Assert.True(deleted ^ claimed is not null);
            var after = await queue.GetAsync(record.Id, CancellationToken.None);
            Assert.Equal(claimed is not null, after is { Record.ClaimedBy: "mina" });
            Assert.Equal(claimed is not null, (await queue.ListOpenAsync(CancellationToken.None)).Any(s => s.Record.Id == record.Id));
        }
    }

    [Fact]
    public async Task A_delete_that_stopped_after_emptying_the_record_leaves_nothing_to_read_list_or_claim()
    {
        var store = await CreateStoreAsync();
        var queue = new StoredHandoffQueue(store);
        var record = Waiting() with { IsThread = true, Status = HandoffStatus.Message };
        await queue.TryCreateAsync(record, CancellationToken.None);
        var read = (await queue.GetAsync(record.Id, CancellationToken.None))!;

        // The first step of a delete, and then the process stopped.
        await store.WriteAsync("handoffs/" + record.Id + ".json", ReadOnlyMemory<byte>.Empty, WriteCondition.IfMatch(read.ETag), CancellationToken.None);

        Assert.Null(await queue.GetAsync(record.Id, CancellationToken.None));
        Assert.DoesNotContain(await queue.ListAsync(CancellationToken.None), s => s.Record.Id == record.Id);
        Assert.DoesNotContain(await queue.ListOpenAsync(CancellationToken.None), s => s.Record.Id == record.Id);
        Assert.Null(await queue.TryReplaceAsync(read.Record with { ClaimedBy = "mina" }, read.ETag, CancellationToken.None));
        Assert.Null(await queue.UpdateAsync(record.Id, r => r with { ClaimedBy = "mina" }, CancellationToken.None));

        // While that delete may still be under way, the id is not handed out again (its second step would remove it).
        Assert.False(await queue.TryCreateAsync(record, CancellationToken.None));
    }

    [Fact]
    public async Task Handoffs_stored_by_the_earlier_queues_are_read_claimed_and_deleted()
    {
        var store = await CreateStoreAsync();
        var id = HandoffIds.New();
        // Byte for byte what BlobHandoffQueue and LocalHandoffQueue wrote: camelCase, enums by name, computed properties too.
        var earlier = "{\"id\":\"" + id + "\",\"status\":\"Waiting\",\"language\":\"ko\",\"crisis\":true,\"incidentTypes\":[\"Stalking\"],"
            + "\"channelId\":\"test\",\"createdAt\":\"2026-11-30T09:00:00+00:00\",\"claimedBy\":null,\"claimedAt\":null,\"closedAt\":null,"
            + "\"closedBy\":null,\"protectedReference\":\"c2VhbGVk\",\"hubState\":null,\"lastNoticeAt\":null,\"messages\":[{\"seq\":1,"
            + "\"from\":\"survivor\",\"protectedText\":\"c2VhbGVkIHRleHQ=\",\"at\":\"2026-11-30T09:01:00+00:00\",\"crisis\":false,"
            + "\"protectedAsTyped\":null}],\"keyScope\":null,\"conversationTag\":null,\"isThread\":false,\"survivorReadSeq\":0,"
            + "\"preferredWindow\":null,\"version\":3,\"isOpen\":true,\"isListed\":true,\"awaitsReply\":false}";
        await store.WriteAsync("handoffs/" + id + ".json", Encoding.UTF8.GetBytes(earlier), WriteCondition.IfNotExists, CancellationToken.None);
        await store.WriteAsync("handoffs-open/" + id, ReadOnlyMemory<byte>.Empty, WriteCondition.IfNotExists, CancellationToken.None);
        var queue = new StoredHandoffQueue(store);

        var open = Assert.Single(await queue.ListOpenAsync(CancellationToken.None));
        Assert.Equal((id, HandoffStatus.Waiting, true, 3L), (open.Record.Id, open.Record.Status, open.Record.Crisis, open.Record.Version));
        Assert.Equal("c2VhbGVkIHRleHQ=", Assert.Single(open.Record.Messages).ProtectedText);
        Assert.Equal(1, await queue.PositionAsync(id, CancellationToken.None));
        var claimed = await queue.TryReplaceAsync(open.Record with { Status = HandoffStatus.Active, ClaimedBy = "mina" }, open.ETag, CancellationToken.None);
        Assert.NotNull(claimed);
        var written = Encoding.UTF8.GetString((await store.ReadAsync("handoffs/" + id + ".json", CancellationToken.None))!.Content);
        Assert.Contains("\"status\":\"Active\"", written, StringComparison.Ordinal);
        Assert.Contains("\"claimedBy\":\"mina\"", written, StringComparison.Ordinal);
        Assert.Contains("\"version\":4", written, StringComparison.Ordinal);

        Assert.True(await queue.TryDeleteAsync(id, claimed, CancellationToken.None));
        Assert.Null(await store.ReadAsync("handoffs/" + id + ".json", CancellationToken.None));
        Assert.Null(await store.ReadAsync("handoffs-open/" + id, CancellationToken.None));
    }

    [Fact]
    public async Task Audit_entries_written_at_the_same_moment_are_all_kept_under_their_day()
    {
        var store = await CreateStoreAsync();
        var audit = new StoredAuditLog(store);
        var elsewhere = new StoredAuditLog(await SameStoreElsewhereAsync());
        var at = new DateTimeOffset(2026, 12, 5, 23, 59, 59, TimeSpan.FromHours(9));
        var handoff = HandoffIds.New();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            (i % 2 == 0 ? audit : elsewhere).WriteAsync(new AuditEntry("c" + i, handoff, AuditEntry.TranscriptOpened, at), CancellationToken.None))));

        var names = new List<string>();
        await foreach (var item in store.ListAsync("audit/", CancellationToken.None))
        {
            names.Add(item.Name);
        }

        Assert.Equal(12, names.Count);
        Assert.All(names, n => Assert.StartsWith("audit/2026/12/05/", n, StringComparison.Ordinal));
        var counsellors = new List<string>();
        foreach (var name in names)
        {
            var text = Encoding.UTF8.GetString((await store.ReadAsync(name, CancellationToken.None))!.Content);
            Assert.Contains("\"action\":\"transcript.opened\"", text, StringComparison.Ordinal);
            Assert.Contains(handoff, text, StringComparison.Ordinal);
            counsellors.Add(System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("counsellor").GetString()!);
        }

        Assert.Equal(Enumerable.Range(0, 12).Select(i => "c" + i).Order(), counsellors.Order());
    }

    protected static HandoffRecord Waiting() => new()
    {
        Id = HandoffIds.New(),
        Status = HandoffStatus.Waiting,
        Language = "ko",
        ChannelId = "test",
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
