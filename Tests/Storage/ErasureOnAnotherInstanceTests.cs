using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Two instances share one Blob container, each with its own local outbox. A conversation erased on one must not come
/// back from lines of it still waiting in the other's outbox: they are dropped, not stored under a new data key.
/// </summary>
[Slow]
public sealed class ErasureOnAnotherInstanceTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Lines_waiting_on_another_instance_from_before_the_erasure_are_dropped_and_later_ones_are_kept()
    {
        var first = StorageStack.NewSettings(fixture.Azurite);
        var second = new Dictionary<string, string?>(first) { ["Storage:LocalPath"] = Directory.CreateTempSubdirectory("reportbot-storage-").FullName };
        string caseId;
        var beforeErasure = DateTimeOffset.UtcNow;
        await using (var waiting = new StorageStack(second, keepLocalData: true))
        {
            // The second instance ran the conversation (its key exists) and has two lines not yet drained.
            caseId = waiting.Get<Pseudonymizer>().CaseId("test", "erased-elsewhere");
            await waiting.Get<DataKeyStore>().GetOrCreateAsync(caseId, CancellationToken.None);
            await waiting.AppendLineAsync(caseId, "he has my photos", beforeErasure);
            await waiting.AppendLineAsync(caseId, "I am sorry that happened.", beforeErasure);
        }

        // The survivor deletes the conversation on the first instance.
        await using (var erasing = new StorageStack(first))
        {
            await erasing.Get<ConversationDataEraser>().EraseCaseAsync(caseId, CancellationToken.None);
        }

        // The second instance comes back (a restart, or its key cache has expired) and its drainer runs; the survivor
        // meanwhile started again in the same conversation.
        await using var resumed = new StorageStack(second);
        await resumed.AppendLineAsync(caseId, "can I start again", DateTimeOffset.UtcNow.AddSeconds(1));
        await resumed.DrainAsync();

        var stored = new List<string>();
        await foreach (var entry in resumed.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            stored.Add(entry.ActivityJson);
        }

        Assert.Equal(["can I start again"], stored);

        // What is left of the erasure in storage: a record named by a digest, holding a time and nothing else.
        var records = new List<string>();
        await foreach (var item in resumed.Get<IObjectStore>().ListAsync(ObjectNames.ErasuresPrefix, CancellationToken.None))
        {
            records.Add(item.Name);
        }

        var record = Assert.Single(records);
        Assert.DoesNotContain(caseId, record, StringComparison.Ordinal);
        Assert.NotNull(await resumed.Get<ErasureRecords>().FindAsync(caseId, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_case_with_no_erasure_behind_it_is_stored_as_before()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings(fixture.Azurite));
        var caseId = stack.Get<Pseudonymizer>().CaseId("test", "brand-new");
        await stack.AppendLineAsync(caseId, "hello", DateTimeOffset.UtcNow);
        await stack.DrainAsync();

        var stored = new List<string>();
        await foreach (var entry in stack.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            stored.Add(entry.ActivityJson);
        }

        Assert.Equal(["hello"], stored);
    }

    [Fact]
    public async Task The_retention_sweep_removes_erasure_records_older_than_the_retention()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings(fixture.Azurite));
        var caseId = stack.Get<Pseudonymizer>().CaseId("test", "erased-long-ago");
        await stack.Get<ConversationDataEraser>().EraseCaseAsync(caseId, CancellationToken.None);
        var retention = stack.Get<RetentionService>();

        await retention.SweepAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.NotNull(await stack.Get<ErasureRecords>().FindAsync(caseId, CancellationToken.None));

        await retention.SweepAsync(DateTimeOffset.UtcNow.AddDays(400), CancellationToken.None);
        Assert.Null(await stack.Get<ErasureRecords>().FindAsync(caseId, CancellationToken.None));
    }
}
