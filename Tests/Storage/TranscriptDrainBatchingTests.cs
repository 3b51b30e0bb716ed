using System.Diagnostics;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

[Slow]
public sealed class TranscriptDrainBatchingTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Turns_that_come_quickly_leave_for_Blob_storage_in_fewer_appends_than_turns_and_every_line_arrives_once_in_order()
    {
        var counter = new BlobRequestCounter();
        await using var stack = CountedStack(counter);
        await stack.DrainAsync();
        var outbox = stack.Get<TranscriptOutbox>();
        var stamps = stack.Get<TranscriptClock>();
        var caseId = new string('d', 32);
        var written = new List<string>();

        // A first turn after a quiet spell leaves at once: the survivor's line and the reply, in one append.
        await outbox.AppendAsync(Turn(stamps, caseId, written), CancellationToken.None);
        await WaitUntilAsync(() => Appends(counter) == 1);

        // Six more turns of the same conversation, 25 ms apart (each would otherwise be its own append), while the
        // drainer pauses after that round.
        for (var turn = 0; turn < 6; turn++)
        {
            await Task.Delay(25);
            await outbox.AppendAsync(Turn(stamps, caseId, written), CancellationToken.None);
        }

        // No flush: the drainer sends them on its own, sharing appends.
        var reader = stack.Get<TranscriptReader>();
        var stored = new List<string>();
        await WaitUntilAsync(async () =>
        {
            stored.Clear();
            await foreach (var entry in reader.ReadCaseAsync(caseId, CancellationToken.None))
            {
                stored.Add(entry.EntryId);
            }

            return stored.Count >= written.Count;
        });

        Assert.Equal(written, stored);
        // Seven turns, the first alone: two or three appends on a quiet machine. Under the whole suite's load a round can
        // end between two of the 25 ms turns, so four is allowed too; one append per turn (seven) would fail.
        Assert.InRange(Appends(counter), 2, 4);
    }

    [Fact]
    public async Task A_reader_that_flushes_gets_the_newest_line_without_waiting_out_the_pause_between_busy_rounds()
    {
        var counter = new BlobRequestCounter();
        await using var stack = CountedStack(counter);
        stack.Get<TranscriptOutboxDrainer>().Linger = TimeSpan.FromMinutes(10);
        await stack.DrainAsync();
        var outbox = stack.Get<TranscriptOutbox>();
        var stamps = stack.Get<TranscriptClock>();
        var caseId = new string('e', 32);
        var written = new List<string>();
        await outbox.AppendAsync(Turn(stamps, caseId, written), CancellationToken.None);
        await WaitUntilAsync(() => Appends(counter) == 1);

        // The drainer now pauses (ten minutes here) before its next round; a counsellor opening the case flushes, and
        // must see the line just written (DrainAsync gives up after 30 s).
        await outbox.AppendAsync(Turn(stamps, caseId, written), CancellationToken.None);
        await stack.DrainAsync();

        var stored = new List<string>();
        await foreach (var entry in stack.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            stored.Add(entry.EntryId);
        }

        Assert.Equal(written, stored);
        Assert.Equal(2, Appends(counter));
    }

    private StorageStack CountedStack(BlobRequestCounter counter) =>
        new(StorageStack.NewSettings(fixture.Azurite), services: s =>
        {
            // The bot's own Blob client (its settings), with a counter.
            var options = BlobStoreClientOptions.Create();
            options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
            s.AddSingleton(options);
        });

    private static int Appends(BlobRequestCounter counter) =>
        counter.Requests.Count(r => r.StartsWith("PUT transcripts/", StringComparison.Ordinal) && r.EndsWith("/lines?comp=appendblock", StringComparison.Ordinal));

    private static TranscriptEntry[] Turn(TranscriptClock stamps, string caseId, List<string> written)
    {
        var entries = Enumerable.Range(0, 2).Select(_ =>
        {
            var (timestamp, sequence) = stamps.Next();
            return new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, "{\"type\":\"message\",\"text\":\"[redacted]\"}");
        }).ToArray();
        written.AddRange(entries.Select(e => e.EntryId));
        return entries;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "timed out");
            await Task.Delay(10);
        }
    }
}
