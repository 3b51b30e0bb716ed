using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The drain is background work: its rounds (opening outbox lines, sealing segments) must not take a core from a
/// survivor's turn. On Linux its thread runs with a lower priority (niceness 10) than the turns' threads.
/// </summary>
public sealed class TranscriptDrainPriorityTests
{
    [Fact]
    public async Task Lines_are_sealed_and_stored_from_the_low_priority_drain_thread_and_every_line_arrives_in_order()
    {
        var settings = StorageStack.NewSettings();
        var callers = new ConcurrentBag<(string? Thread, int Niceness)>();
        await using var stack = new StorageStack(settings, services: s => s.AddSingleton<IObjectStore>(
            new WatchedStore(new LocalDiskObjectStore(Path.Combine(settings["Storage:LocalPath"]!, "objects")), callers)));
        var outbox = stack.Get<TranscriptOutbox>();
        var stamps = stack.Get<TranscriptClock>();
        var written = new Dictionary<string, List<string>>();
        for (var turn = 0; turn < 40; turn++)
        {
            var caseId = new string((char)('a' + (turn % 8)), 32);
            var (timestamp, sequence) = stamps.Next();
            var entry = new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, "{\"type\":\"message\",\"text\":\"[redacted]\"}");
            (written.TryGetValue(caseId, out var ids) ? ids : written[caseId] = []).Add(entry.EntryId);
            await outbox.AppendAsync(entry, CancellationToken.None);
        }

        await stack.DrainAsync();

        foreach (var (caseId, ids) in written)
        {
            var stored = new List<string>();
            await foreach (var entry in stack.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
            {
                stored.Add(entry.EntryId);
            }

            Assert.Equal(ids, stored);
        }

        Assert.NotEmpty(callers);
        Assert.All(callers, c => Assert.Equal("transcript drain", c.Thread));
        if (OperatingSystem.IsLinux())
        {
            Assert.All(callers, c => Assert.True(ThreadNiceness.RunsBelowOwn(c.Niceness), $"drain thread niceness {c.Niceness}"));
        }
    }

    [Fact]
    public async Task A_drainer_stopped_and_started_again_on_the_same_folder_stores_what_was_left_exactly_once()
    {
        var settings = StorageStack.NewSettings();
        var caseId = new string('f', 32);
        var ids = new List<string>();
        await using (var first = new StorageStack(settings, keepLocalData: true))
        {
            await first.DrainAsync();
            for (var i = 0; i < 3; i++)
            {
                var (timestamp, sequence) = first.Get<TranscriptClock>().Next();
                var entry = new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, $"line {i}");
                ids.Add(entry.EntryId);
                await first.Get<TranscriptOutbox>().AppendAsync(entry, CancellationToken.None);
            }

            await first.DrainAsync();
        }

        await using var second = new StorageStack(settings);
        var (t, s) = second.Get<TranscriptClock>().Next();
        var last = new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), t, s, t, "after restart");
        ids.Add(last.EntryId);
        await second.Get<TranscriptOutbox>().AppendAsync(last, CancellationToken.None);
        await second.DrainAsync();

        var stored = new List<string>();
        await foreach (var entry in second.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            stored.Add(entry.EntryId);
        }

        Assert.Equal(ids, stored);
    }

    private sealed class WatchedStore(IObjectStore inner, ConcurrentBag<(string? Thread, int Niceness)> callers) : IObjectStore
    {
        public Task<StoredObject?> ReadAsync(string name, CancellationToken cancellationToken) => inner.ReadAsync(name, cancellationToken);

        public Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken) =>
            inner.WriteAsync(name, content, condition, cancellationToken);

        public Task<long> AppendAsync(string name, ReadOnlyMemory<byte> content, long expectedLength, CancellationToken cancellationToken)
        {
            callers.Add((Thread.CurrentThread.Name, OperatingSystem.IsLinux() ? ThreadNiceness.Own() : 0));
            return inner.AppendAsync(name, content, expectedLength, cancellationToken);
        }

        public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => inner.DeleteAsync(name, cancellationToken);

        public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);
    }
}
