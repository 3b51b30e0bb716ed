using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Tests.Handoff;

/// <summary>The behaviour every <see cref="IHandoffQueue"/> must have; run against the local folder and against Azurite.</summary>
public abstract class HandoffQueueContract
{
    protected abstract Task<IHandoffQueue> CreateQueueAsync();

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

    protected static HandoffRecord Waiting() => new()
    {
        Id = HandoffIds.New(),
        Status = HandoffStatus.Waiting,
        Language = "ko",
        ChannelId = "test",
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
