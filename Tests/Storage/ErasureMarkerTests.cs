using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

/// <summary>An erasure holds across a restart that comes before the outbox drained, and leaves no bytes in the outbox.</summary>
public sealed class ErasureMarkerTests
{
    [Fact]
    public async Task Lines_of_the_deleting_turn_are_not_uploaded_after_a_restart_before_the_drainer_ran()
    {
        var settings = StorageStack.NewSettings();
        string caseId;
        await using (var before = new StorageStack(settings, keepLocalData: true))
        {
            caseId = before.Get<Pseudonymizer>().CaseId("test", "erased-then-restarted");
            var turnStarted = DateTimeOffset.UtcNow;
            await before.AppendLineAsync(caseId, "he has my photos", turnStarted);
            await before.Get<ConversationDataEraser>().EraseCaseAsync(caseId, CancellationToken.None);

            // The deleting turn's own lines reach the outbox after the erasure, stamped with the turn's start.
            await before.AppendLineAsync(caseId, "delete my data", turnStarted);
            await before.AppendLineAsync(caseId, "Everything is deleted.", turnStarted);
        }

        await using var after = new StorageStack(settings);
        var other = after.Get<Pseudonymizer>().CaseId("test", "someone-else");
        await after.AppendLineAsync(other, "hello", DateTimeOffset.UtcNow);
        await after.DrainAsync();

        var names = new List<string>();
        await foreach (var item in after.Get<IObjectStore>().ListAsync("transcripts/", CancellationToken.None))
        {
            names.Add(item.Name);
        }

        Assert.Equal([ObjectNames.TranscriptSegment(other)], names);
        Assert.Null(await after.Get<DataKeyStore>().FindAsync(caseId, CancellationToken.None));
        Assert.False(File.Exists(Path.Combine(settings["Storage:LocalPath"]!, "outbox", "erasures")), "the marker is removed once the drainer passed it");
    }

    [Fact]
    public async Task Erasing_a_case_overwrites_its_lines_in_the_outbox_and_keeps_everyone_elses()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var erased = stack.Get<Pseudonymizer>().CaseId("test", "erased");
        var kept = stack.Get<Pseudonymizer>().CaseId("test", "kept");
        var outbox = stack.Get<TranscriptOutbox>();
        var start = outbox.LoadCheckpoint();
        await stack.AppendLineAsync(erased, "line one", DateTimeOffset.UtcNow);
        await stack.AppendLineAsync(kept, "not mine to erase", DateTimeOffset.UtcNow);
        await stack.AppendLineAsync(erased, "line two", DateTimeOffset.UtcNow);

        await stack.Get<ConversationDataEraser>().EraseCaseAsync(erased, CancellationToken.None);

        var (records, _) = outbox.Read(start, 100);
        Assert.Equal(3, records.Count);
        Assert.DoesNotContain(records, r => r.Line?.CaseId == erased);
        Assert.Equal(2, records.Count(r => r.Erased));
        Assert.Equal("not mine to erase", Assert.Single(records, r => r.Line is not null).Line!.ToEntry().ActivityJson);
    }
}
