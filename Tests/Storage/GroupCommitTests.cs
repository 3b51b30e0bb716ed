using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The fast path keeps every guarantee: turns sharing one fsync (group commit) are all kept after SIGKILL, transcript
/// segments hold each line once after a crash, and on Blob storage a turn makes one request.
/// </summary>
[Slow]
public sealed class GroupCommitTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Concurrent_turns_answered_before_SIGKILL_keep_their_state_and_every_transcript_line_once_on_local_disk()
    {
        var settings = StorageStack.NewSettings();
        _folders.Add(settings["Storage:LocalPath"]!);
        var conversations = Enumerable.Range(0, 12).Select(i => $"gc-{i}").ToList();
        var said = new Dictionary<string, List<string>>();
        await using (var first = await BotProcess.StartAsync(settings))
        {
            // Twelve conversations at once, so their state writes and transcript lines share journal batches.
            var greetings = await Task.WhenAll(conversations.Select(id => first.SendAsync(id, "hello")));
            await first.KillAsync();
            for (var i = 0; i < conversations.Count; i++)
            {
                Assert.Contains(greetings[i], r => r.Contains("I never ask who you are", StringComparison.Ordinal));
                said[conversations[i]] = ["hello", .. greetings[i]];
            }
        }

        await using (var second = await BotProcess.StartAsync(settings))
        {
            foreach (var id in conversations)
            {
                var after = await second.SendAsync(id, "2");

                // The state written in the last batch before the kill is there: no second greeting, still English.
                Assert.NotEmpty(after);
                Assert.DoesNotContain(after, r => r.Contains("I never ask who you are", StringComparison.Ordinal));
                Assert.DoesNotContain(after, r => r.Any(c => c is >= '\uAC00' and <= '\uD7A3'));
                said[id].AddRange(["2", .. after]);
            }

            await second.KillAsync();
        }

        // A third start replays what the second left in its journal and outbox, and drains it.
        await using var reader = new StorageStack(settings, keepLocalData: true);
        await reader.DrainAsync();
        foreach (var id in conversations)
        {
            var stored = await reader.Get<TranscriptReader>().GetActivitiesAsync("test", id, CancellationToken.None);
            Assert.Equal(said[id], stored.Select(a => a.Text));
        }
    }

    [Fact]
    public async Task Lines_drained_again_after_a_crash_before_the_checkpoint_are_in_the_segment_once()
    {
        var settings = StorageStack.NewSettings();
        _folders.Add(settings["Storage:LocalPath"]!);
        string caseId;
        await using (var crashed = new StorageStack(settings, keepLocalData: true))
        {
            caseId = crashed.Get<Pseudonymizer>().CaseId("test", "redrained");
            for (var i = 0; i < 5; i++)
            {
                await AppendAsync(crashed, caseId, $"line {i}");
            }

            await crashed.DrainAsync();
        }

        // What a crash between the upload and the checkpoint leaves: the outbox would be drained again from the start.
        File.Delete(Path.Combine(settings["Storage:LocalPath"]!, "outbox", "checkpoint"));

        await using var restarted = new StorageStack(settings, keepLocalData: true);
        await AppendAsync(restarted, caseId, "after restart");
        await restarted.DrainAsync();

        var lines = new List<string>();
        await foreach (var entry in restarted.Get<TranscriptReader>().ReadCaseAsync(caseId, CancellationToken.None))
        {
            lines.Add(entry.ActivityJson);
        }

        Assert.Equal(["line 0", "line 1", "line 2", "line 3", "line 4", "after restart"], lines);
    }

    [Fact]
    public async Task A_state_write_acknowledged_by_the_journal_survives_a_restart_that_never_checkpointed_and_a_deleted_key_does_not()
    {
        var settings = StorageStack.NewSettings();
        _folders.Add(settings["Storage:LocalPath"]!);
        var folder = Path.Combine(settings["Storage:LocalPath"]!, "objects");
        var first = new LocalDiskObjectStore(folder);
        var etag = await first.WriteAsync("state/abc", "kept"u8.ToArray(), WriteCondition.IfNotExists, CancellationToken.None);
        await first.WriteAsync("keys/abc", "shredded"u8.ToArray(), WriteCondition.IfNotExists, CancellationToken.None);
        await first.DeleteAsync("keys/abc", CancellationToken.None);

        // Not disposed (as after SIGKILL): the object files were never written, only the journal. The deleted key's
        // bytes are gone from the journal too (crypto-shredding must not be undone by it).
        Assert.False(File.Exists(Path.Combine(folder, "state", "abc")));
        var journal = Directory.GetFiles(folder + "-journal").SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(journal.AsSpan().IndexOf("kept"u8) >= 0);
        Assert.True(journal.AsSpan().IndexOf("shredded"u8) < 0);
        await using var second = new LocalDiskObjectStore(folder);

        var read = await second.ReadAsync("state/abc", CancellationToken.None);
        Assert.Equal("kept", System.Text.Encoding.UTF8.GetString(read!.Content));
        Assert.Equal(etag, read.ETag);
        Assert.Null(await second.ReadAsync("keys/abc", CancellationToken.None));
        await Assert.ThrowsAsync<StorageConflictException>(() => second.WriteAsync("state/abc", "x"u8.ToArray(), WriteCondition.IfNotExists, CancellationToken.None));
    }

    [Fact]
    public async Task On_Blob_storage_a_turn_makes_one_request_the_conditional_state_write()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var settings = StorageStack.NewSettings(azurite);
        _folders.Add(settings["Storage:LocalPath"]!);
        var counter = new BlobRequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(settings["Storage:Container"]!);
        await using var bot = await RunningBot.StartAsync(settings, services => services.AddSingleton<IObjectStore>(new BlobObjectStore(container)));

        // The first turn creates the conversation (its data key and state); the ones after find both cached.
        await bot.SendAsync("counted", "hello");
        await bot.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(CancellationToken.None);
        counter.Clear();
        var texts = new[] { "2", "menu", "1", "menu", "3", "menu" };
        foreach (var text in texts)
        {
            Assert.NotEmpty(await bot.SendAsync("counted", text));
        }

        var onTurnPath = counter.Requests.Where(r => !r.Contains(" transcripts/", StringComparison.Ordinal)).ToList();
        Assert.Equal(texts.Length, onTurnPath.Count);
        Assert.All(onTurnPath, r => Assert.StartsWith("PUT state/", r, StringComparison.Ordinal));

        // Transcript lines leave off the turn's path, appended per case; all of them arrive.
        await bot.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(CancellationToken.None);
        var stored = await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("test", "counted", CancellationToken.None);
        Assert.Equal(["hello", .. texts], stored.Where(a => a.From?.Id?.StartsWith("u_", StringComparison.Ordinal) == true).Select(a => a.Text));
    }

    [Fact]
    public async Task A_turn_after_the_data_key_cache_expired_still_makes_only_the_conditional_state_write()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var settings = StorageStack.NewSettings(azurite);
        _folders.Add(settings["Storage:LocalPath"]!);
        var counter = new BlobRequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(settings["Storage:Container"]!);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var stack = new StorageStack(settings, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IObjectStore>(new BlobObjectStore(container));
        });
        var state = new Microsoft.Bot.Builder.ConversationState(stack.Get<Microsoft.Bot.Builder.IStorage>());
        var said = state.CreateProperty<List<string>>("said");
        var runner = stack.Get<ConsistentTurnRunner>();
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter(Microsoft.Bot.Builder.Adapters.TestAdapter.CreateConversation("slow-typist", "u", "bot"));
        Task Turn(Microsoft.Bot.Builder.ITurnContext turn, CancellationToken ct) => runner.RunAsync(turn, state, async token =>
        {
            var list = await said.GetAsync(turn, () => [], token);
            list.Add(turn.Activity.Text);
            await turn.SendActivityAsync($"{list.Count}", cancellationToken: token);
        }, ct);

        await adapter.SendTextToBotAsync("first", Turn, CancellationToken.None);
        counter.Clear();
        foreach (var text in new[] { "a minute later", "and another", "and one more" })
        {
            // A survivor who types slowly: the data keys' 30-second cache has expired before each turn.
            clock.Advance(TimeSpan.FromMinutes(1));
            await adapter.SendTextToBotAsync(text, Turn, CancellationToken.None);
        }

        Assert.Equal(3, counter.Requests.Count);
        Assert.All(counter.Requests, r => Assert.StartsWith("PUT state/", r, StringComparison.Ordinal));
        var replies = new List<string>();
        while (adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity().Text);
        }

        Assert.Equal(["1", "2", "3", "4"], replies);
    }

    private static async Task AppendAsync(StorageStack stack, string caseId, string text)
    {
        var (timestamp, sequence) = stack.Get<TranscriptClock>().Next();
        await stack.Get<TranscriptOutbox>().AppendAsync(new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, text), CancellationToken.None);
    }
}
