using System.Collections.Concurrent;
using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Tests.Storage;

/// <summary>
/// What ReportBot's storage promises, whatever the medium. Run against the local disk and against Azurite
/// (<see cref="LocalDiskStorageContractTests"/>, <see cref="AzuriteStorageContractTests"/>).
/// </summary>
public abstract class StorageContract
{
    protected abstract Dictionary<string, string?> NewSettings();

    private StorageStack NewStack() => new(NewSettings());

    [Fact]
    public async Task Bot_state_bag_round_trips_with_typed_values_and_json_bags()
    {
        await using var stack = NewStack();
        var storage = stack.Get<IStorage>();
        var bag = new Dictionary<string, object>
        {
            ["profile"] = new SampleProfile { Language = "ko", Count = 3, Seen = [new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(9))] },
            ["dialogState"] = JObject.Parse("""{ "stack": [ { "id": "menu", "state": { "n": 1, "answer": "그 사람이 계속 연락해요" } } ] }"""),
        };

        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-1"] = bag });
        var read = await storage.ReadAsync(["test/conversations/c-1", "test/conversations/never-written"]);

        Assert.Single(read);
        var back = Assert.IsAssignableFrom<IDictionary<string, object>>(read["test/conversations/c-1"]);
        var profile = Assert.IsType<SampleProfile>(back["profile"]);
        Assert.Equal(("ko", 3), (profile.Language, profile.Count));
        Assert.Equal(bag["profile"] is SampleProfile p ? p.Seen : null, profile.Seen);
        var dialog = Assert.IsType<JObject>(back["dialogState"]);
        Assert.Equal("그 사람이 계속 연락해요", (string?)dialog.SelectToken("stack[0].state.answer"));
        Assert.False(string.IsNullOrEmpty(back[EncryptedBotStorage.ETagEntry] as string));
    }

    [Fact]
    public async Task A_stale_state_write_is_refused_and_the_newer_state_is_kept()
    {
        await using var stack = NewStack();
        var storage = stack.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-2"] = new Dictionary<string, object> { ["step"] = 1L } });
        var first = (IDictionary<string, object>)(await storage.ReadAsync(["test/conversations/c-2"]))["test/conversations/c-2"];
        var second = (IDictionary<string, object>)(await storage.ReadAsync(["test/conversations/c-2"]))["test/conversations/c-2"];

        first["step"] = 2L;
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-2"] = first });
        second["step"] = 99L;
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-2"] = second }));

        var now = (IDictionary<string, object>)(await storage.ReadAsync(["test/conversations/c-2"]))["test/conversations/c-2"];
        Assert.Equal(2L, now["step"]);
        first["step"] = 3L;
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-2"] = first });
    }

    [Fact]
    public async Task Two_writers_creating_the_same_new_conversation_cannot_both_win()
    {
        await using var stack = NewStack();
        var storage = stack.Get<IStorage>();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-3"] = new Dictionary<string, object> { ["writer"] = (long)i } });
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o));
    }

    [Fact]
    public async Task Store_items_honour_their_etag_and_star_overwrites()
    {
        await using var stack = NewStack();
        var storage = stack.Get<IStorage>();
        var item = new SampleItem { Value = "one" };
        await storage.WriteAsync(new Dictionary<string, object> { ["custom/item"] = item });
        var loaded = (SampleItem)(await storage.ReadAsync(["custom/item"]))["custom/item"];
        Assert.Equal(item.ETag, loaded.ETag);

        loaded.Value = "two";
        await storage.WriteAsync(new Dictionary<string, object> { ["custom/item"] = loaded });
        var stale = new SampleItem { Value = "stale", ETag = item.ETag == loaded.ETag ? "\"0x0\"" : item.ETag };
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, object> { ["custom/item"] = stale }));

        await storage.WriteAsync(new Dictionary<string, object> { ["custom/item"] = new SampleItem { Value = "forced", ETag = "*" } });
        Assert.Equal("forced", ((SampleItem)(await storage.ReadAsync(["custom/item"]))["custom/item"]).Value);
    }

    [Fact]
    public async Task Deleted_state_reads_as_absent()
    {
        await using var stack = NewStack();
        var storage = stack.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["test/users/u-1"] = new SampleItem { Value = "x" } });

        await storage.DeleteAsync(["test/users/u-1"]);

        Assert.Empty(await storage.ReadAsync(["test/users/u-1"]));
    }

    [Fact]
    public async Task Stored_names_contain_no_raw_channel_or_conversation_id()
    {
        await using var stack = NewStack();
        await stack.Get<IStorage>().WriteAsync(new Dictionary<string, object>
        {
            ["telegram/conversations/412345678"] = new Dictionary<string, object> { ["x"] = "y" },
            ["telegram/users/412345678"] = new Dictionary<string, object> { ["x"] = "y" },
        });

        var names = await ListAllAsync(stack.Get<IObjectStore>());

        Assert.Equal(4, names.Count); // two states, two data keys
        Assert.All(names, n => Assert.DoesNotContain("412345678", n, StringComparison.Ordinal));
        Assert.All(names, n => Assert.DoesNotContain("telegram", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_conversations_transcript_comes_back_complete_and_in_order()
    {
        await using var stack = NewStack();
        var caseId = stack.Get<Pseudonymizer>().CaseId("test", "c-4");
        var otherCase = stack.Get<Pseudonymizer>().CaseId("test", "c-5");
        await AppendAsync(stack, otherCase, "someone else");
        for (var i = 0; i < 30; i++)
        {
            await AppendAsync(stack, caseId, $"line {i}");
        }

        await stack.DrainAsync();
        var lines = new List<string>();
        await foreach (var entry in stack.Get<TranscriptReader>().ReadAsync("test", "c-4", CancellationToken.None))
        {
            lines.Add(entry.ActivityJson);
        }

        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"line {i}"), lines);
    }

    [Fact]
    public async Task Erasing_a_conversation_leaves_no_object_and_no_key_of_it()
    {
        await using var stack = NewStack();
        var storage = stack.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-6"] = new Dictionary<string, object> { ["x"] = "y" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/keep"] = new Dictionary<string, object> { ["x"] = "y" } });
        var caseId = stack.Get<Pseudonymizer>().CaseId("test", "c-6");
        await AppendAsync(stack, caseId, "what happened");
        await stack.DrainAsync();

        var result = await stack.Get<ConversationDataEraser>().EraseConversationAsync("test", "c-6", CancellationToken.None);

        Assert.Equal(new ConversationErasure(true, 1, 1), result);
        var names = await ListAllAsync(stack.Get<IObjectStore>());
        Assert.DoesNotContain(names, n => n.Contains(caseId, StringComparison.Ordinal));
        Assert.Contains(names, n => n == ObjectNames.State(stack.Get<Pseudonymizer>().CaseId("test", "keep")));
        Assert.Empty(await storage.ReadAsync(["test/conversations/c-6"]));
    }

    [Fact]
    public async Task A_conversation_whose_key_was_shredded_but_whose_state_remained_starts_afresh()
    {
        await using var stack = NewStack();
        var storage = stack.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-8"] = new Dictionary<string, object> { ["x"] = "old" } });
        await stack.Get<DataKeyStore>().ShredAsync(stack.Get<Pseudonymizer>().CaseId("test", "c-8"), CancellationToken.None);

        Assert.Empty(await storage.ReadAsync(["test/conversations/c-8"]));
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c-8"] = new Dictionary<string, object> { ["x"] = "new" } });
        var back = (IDictionary<string, object>)(await storage.ReadAsync(["test/conversations/c-8"]))["test/conversations/c-8"];
        Assert.Equal("new", back["x"]);
    }

    [Fact]
    public async Task Lines_of_an_erased_conversation_still_in_the_outbox_are_not_written_back()
    {
        await using var stack = NewStack();
        var caseId = stack.Get<Pseudonymizer>().CaseId("test", "c-7");
        await AppendAsync(stack, caseId, "before deletion");

        await stack.Get<ConversationDataEraser>().EraseCaseAsync(caseId, CancellationToken.None);
        await stack.DrainAsync();

        Assert.Empty(await ListAllAsync(stack.Get<IObjectStore>()));
    }

    [Fact]
    public async Task Retention_erases_cases_older_than_the_configured_days_only()
    {
        await using var stack = NewStack();
        await stack.Get<IStorage>().WriteAsync(new Dictionary<string, object> { ["test/conversations/old"] = new Dictionary<string, object> { ["x"] = "y" } });
        var retention = stack.Get<RetentionService>();

        Assert.Equal(0, await retention.SweepAsync(DateTimeOffset.UtcNow.AddDays(364), CancellationToken.None));
        Assert.NotEmpty(await ListAllAsync(stack.Get<IObjectStore>()));
        Assert.Equal(1, await retention.SweepAsync(DateTimeOffset.UtcNow.AddDays(366), CancellationToken.None));
        Assert.Empty(await ListAllAsync(stack.Get<IObjectStore>()));
    }

    [Fact]
    public async Task Object_writes_honour_create_only_and_if_match()
    {
        await using var stack = NewStack();
        var store = stack.Get<IObjectStore>();
        var etag = await store.WriteAsync("state/abc", Encoding.UTF8.GetBytes("1"), WriteCondition.IfNotExists, CancellationToken.None);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync("state/abc", Encoding.UTF8.GetBytes("2"), WriteCondition.IfNotExists, CancellationToken.None));
        var newer = await store.WriteAsync("state/abc", Encoding.UTF8.GetBytes("2"), WriteCondition.IfMatch(etag), CancellationToken.None);
        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync("state/abc", Encoding.UTF8.GetBytes("3"), WriteCondition.IfMatch(etag), CancellationToken.None));
        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync("state/gone", Encoding.UTF8.GetBytes("3"), WriteCondition.IfMatch(newer), CancellationToken.None));

        var read = await store.ReadAsync("state/abc", CancellationToken.None);
        Assert.Equal("2", Encoding.UTF8.GetString(read!.Content));
        Assert.Equal(newer, read.ETag);
        Assert.True(await store.DeleteAsync("state/abc", CancellationToken.None));
        Assert.False(await store.DeleteAsync("state/abc", CancellationToken.None));
        Assert.Null(await store.ReadAsync("state/abc", CancellationToken.None));
    }

    protected static async Task AppendAsync(StorageStack stack, string caseId, string text)
    {
        var (timestamp, sequence) = stack.Get<TranscriptClock>().Next();
        await stack.Get<TranscriptOutbox>().AppendAsync(new TranscriptEntry(caseId, Guid.NewGuid().ToString("N"), timestamp, sequence, timestamp, text), CancellationToken.None);
    }

    protected static async Task<List<string>> ListAllAsync(IObjectStore store)
    {
        var names = new ConcurrentBag<string>();
        foreach (var prefix in new[] { "state/", "keys/", "transcripts/" })
        {
            await foreach (var item in store.ListAsync(prefix, CancellationToken.None))
            {
                names.Add(item.Name);
            }
        }

        return names.Order(StringComparer.Ordinal).ToList();
    }
}
