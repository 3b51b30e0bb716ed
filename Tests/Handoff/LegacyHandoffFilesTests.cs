using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using ReportBot.Bot.Handoff.Audit;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

/// <summary>
/// Data the local-folder queue and audit log wrote before they moved onto the object store
/// (<c>{LocalPath}/handoffs/{id}.json</c>, <c>handoffs-open/{id}</c>, <c>handoffs-presence/{digest}.json</c>,
/// <c>audit/yyyy-MM-dd/{entry}.json</c>) keeps working after the upgrade.
/// </summary>
[Slow]
public sealed class LegacyHandoffFilesTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-legacy-").FullName;

    [Fact]
    public async Task Handoffs_presence_and_audit_in_the_earlier_layout_are_imported_unchanged_and_keep_working()
    {
        var waiting = Waiting() with { Version = 2, Messages = [new HandoffMessage(1, HandoffMessage.Survivor, "c2VhbGVk", Day)] };
        var closed = Waiting() with { Status = HandoffStatus.Ended, ClosedAt = Day, Version = 5 };
        var waitingBytes = HandoffJson.Serialize(waiting);
        Write("handoffs", waiting.Id + ".json", waitingBytes);
        Write("handoffs", closed.Id + ".json", HandoffJson.Serialize(closed));
        Write("handoffs", waiting.Id + ".lock", []);
        Write("handoffs", closed.Id + ".json." + Guid.NewGuid().ToString("N") + ".tmp", "{\"id\":"u8.ToArray());
        Write("handoffs-open", waiting.Id, []);
        Write("handoffs-presence", HandoffJson.NameFor("mina") + ".json", HandoffJson.Serialize(new { SeenAt = DateTimeOffset.UtcNow }));
        var entry = AuditNames.For(new AuditEntry("mina", waiting.Id, AuditEntry.TranscriptOpened, Day));
        var entryBytes = HandoffJson.Serialize(new AuditEntry("mina", waiting.Id, AuditEntry.TranscriptOpened, Day));
        Write(Path.Combine("audit", "2026-11-30"), entry, entryBytes);
        Write(Path.Combine("audit", "2026-11-30"), "notes.txt", "kept by someone"u8.ToArray());

        await using var store = new LocalDiskObjectStore(Path.Combine(_data, "objects"));
        var legacy = new LegacyHandoffFiles(store, _data, NullLogger<LegacyHandoffFiles>.Instance);
        var queue = new StoredHandoffQueue(store, legacy);
        var audit = new StoredAuditLog(store, legacy);

        var open = Assert.Single(await queue.ListOpenAsync(CancellationToken.None));
        Assert.Equal((waiting.Id, HandoffStatus.Waiting, 2L, waiting.Messages[0]), (open.Record.Id, open.Record.Status, open.Record.Version, Assert.Single(open.Record.Messages)));
        Assert.Equal(waitingBytes, (await store.ReadAsync("handoffs/" + waiting.Id + ".json", CancellationToken.None))!.Content);
        Assert.Equal(new[] { closed.Id, waiting.Id }.Order(), (await queue.ListAsync(CancellationToken.None)).Select(s => s.Record.Id).Order());
        Assert.Equal(1, await queue.CountPresentAsync(DateTimeOffset.UtcNow.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(entryBytes, (await store.ReadAsync("audit/2026/11/30/" + entry, CancellationToken.None))!.Content);

        // Claimed through the new queue, exactly once.
        var claims = await Task.WhenAll(
            queue.TryReplaceAsync(open.Record with { Status = HandoffStatus.Active, ClaimedBy = "mina" }, open.ETag, CancellationToken.None),
            queue.TryReplaceAsync(open.Record with { Status = HandoffStatus.Active, ClaimedBy = "jun" }, open.ETag, CancellationToken.None));
        Assert.Single(claims, c => c is not null);
        Assert.Equal(3, (await queue.GetAsync(waiting.Id, CancellationToken.None))!.Record.Version);
        await audit.WriteAsync(new AuditEntry("mina", waiting.Id, AuditEntry.Claimed, Day), CancellationToken.None);
        Assert.Equal(2, await CountAsync(store, "audit/2026/11/30/"));

        // The earlier folders are gone; a file of another shape stays where it was.
        Assert.False(Directory.Exists(Path.Combine(_data, "handoffs")));
        Assert.False(Directory.Exists(Path.Combine(_data, "handoffs-open")));
        Assert.False(Directory.Exists(Path.Combine(_data, "handoffs-presence")));
        Assert.Equal(["notes.txt"], Directory.GetFiles(Path.Combine(_data, "audit", "2026-11-30")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_import_that_stopped_half_way_runs_again_without_duplicating_or_losing_anything()
    {
        var first = Waiting();
        var second = Waiting();
        Write("handoffs", first.Id + ".json", HandoffJson.Serialize(first));
        Write("handoffs", second.Id + ".json", HandoffJson.Serialize(second));
        Write("handoffs-open", first.Id, []);
        Write("handoffs-open", second.Id, []);
        await using var store = new LocalDiskObjectStore(Path.Combine(_data, "objects"));
        // The earlier run stored the first handoff and stopped before it removed the file.
        await store.WriteAsync("handoffs/" + first.Id + ".json", HandoffJson.Serialize(first), WriteCondition.IfNotExists, CancellationToken.None);

        var queue = new StoredHandoffQueue(store, new LegacyHandoffFiles(store, _data, NullLogger<LegacyHandoffFiles>.Instance));

        Assert.Equal(new[] { first.Id, second.Id }.Order(), (await queue.ListOpenAsync(CancellationToken.None)).Select(s => s.Record.Id).Order());
        Assert.Equal(2, await CountAsync(store, "handoffs/"));
        Assert.False(Directory.Exists(Path.Combine(_data, "handoffs")));
    }

    [Fact]
    public async Task A_survivor_waiting_in_the_earlier_layout_is_taken_by_a_counsellor_after_the_upgrade()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        string id;
        await using (var before = await RunningBot.StartAsync(Settings(_data)))
        {
            await CallAsync(before, HttpMethod.Get, "/api/counsellor/handoffs", await LoginAsync(before, "mina"));
            Assert.Contains("You are number 1 in the queue", Texts(await SurvivorSaysAsync(before, channel.ServiceUrl, "conv-upgrade", "talk to a counsellor")), StringComparison.Ordinal);
            id = Assert.Single(await StoredAsync(before, "handoffs-open/")).Name["handoffs-open/".Length..];
        }

        // The same data as the local-folder queue left it: its files in its folders (same names but for ".json" on
        // presence marks, same bytes), nothing of the queue in the object store.
        MoveToEarlierLayout("handoffs", "handoffs", "");
        MoveToEarlierLayout("handoffs-open", "handoffs-open", "");
        MoveToEarlierLayout("handoffs-presence", "handoffs-presence", ".json");
        Write("handoffs", id + ".lock", []);

        await using var after = await RunningBot.StartAsync(Settings(_data));
        var mina = await LoginAsync(after, "mina");
        var (_, waiting) = await CallAsync(after, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", mina);
        Assert.Equal(id, Assert.Single(waiting.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(after, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina)).Status);
        Assert.Contains("A counsellor has joined", (await channel.NextAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(after, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/transcript", mina)).Status);
        Assert.Contains(await StoredAuditAsync(after), a => a.Contains("\"transcript.opened\"", StringComparison.Ordinal) && a.Contains(id, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_data, "handoffs")));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private void Write(string folder, string file, byte[] content)
    {
        Directory.CreateDirectory(Path.Combine(_data, folder));
        File.WriteAllBytes(Path.Combine(_data, folder, file), content);
    }

    // The store is closed, so every object is in its file under objects/.
    private void MoveToEarlierLayout(string objectFolder, string legacyFolder, string extension)
    {
        var from = Path.Combine(_data, "objects", objectFolder);
        Assert.True(Directory.Exists(from));
        Directory.CreateDirectory(Path.Combine(_data, legacyFolder));
        foreach (var file in Directory.GetFiles(from))
        {
            File.Move(file, Path.Combine(_data, legacyFolder, Path.GetFileName(file) + extension));
        }

        Directory.Delete(from);
    }

    private static async Task<int> CountAsync(IObjectStore store, string prefix)
    {
        var count = 0;
        await foreach (var item in store.ListAsync(prefix, CancellationToken.None))
        {
            count++;
        }

        return count;
    }

    private static HandoffRecord Waiting() => new()
    {
        Id = HandoffIds.New(),
        Status = HandoffStatus.Waiting,
        Language = "ko",
        ChannelId = "test",
        CreatedAt = Day,
    };
}
