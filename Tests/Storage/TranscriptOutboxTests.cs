using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

public sealed class TranscriptOutboxTests
{
    [Fact]
    public async Task Lines_acknowledged_before_a_crash_that_tore_the_last_record_are_all_stored_after_restart()
    {
        var settings = StorageStack.NewSettings();
        var folder = Path.Combine(settings["Storage:LocalPath"]!, "outbox");
        string caseId;
        await using (var crashed = new StorageStack(settings, keepLocalData: true))
        {
            caseId = crashed.Get<Pseudonymizer>().CaseId("test", "torn");
            for (var i = 0; i < 5; i++)
            {
                var (timestamp, sequence) = crashed.Get<TranscriptClock>().Next();
                await crashed.Get<TranscriptOutbox>().AppendAsync(new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, $"line {i}"), CancellationToken.None);
            }
        }

        // What a power cut during the next append leaves: a length prefix promising more bytes than were written.
        var segment = Directory.GetFiles(folder, "*.log").Single();
        await using (var file = new FileStream(segment, FileMode.Append))
        {
            file.Write([200, 0, 0, 0, 1, 2, 3]);
        }

        await using var restarted = new StorageStack(settings);
        var (t, s) = restarted.Get<TranscriptClock>().Next();
        await restarted.Get<TranscriptOutbox>().AppendAsync(new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), t, s, t, "after restart"), CancellationToken.None);
        await restarted.DrainAsync();

        var lines = new List<string>();
        await foreach (var entry in restarted.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            lines.Add(entry.ActivityJson);
        }

        Assert.Equal(["line 0", "line 1", "line 2", "line 3", "line 4", "after restart"], lines);
        Assert.DoesNotContain(Directory.GetFiles(folder, "*.log"), f => f == segment);
    }
}
