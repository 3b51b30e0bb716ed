using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Tests.Storage;

/// <summary>
/// The conversation state the bot registers decides whether a turn changed anything by comparing the bytes it read
/// with the bytes it would write, instead of Bot Builder's hashes: what is saved, and when, must not change.
/// </summary>
public sealed class SnapshotConversationStateTests
{
    private const string Key = "test/conversations/snap";

    [Fact]
    public async Task The_app_registers_the_snapshot_state()
    {
        await using var host = new ReportBot.Tests.Support.DialogTestHost();
        Assert.IsType<SnapshotConversationState>(host.Services.GetService(typeof(ConversationState)));
    }

    [Fact]
    public async Task A_new_conversation_that_sets_nothing_stores_nothing_and_one_that_sets_a_value_keeps_it()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var state = new SnapshotConversationState(stack.Get<IStorage>());
        var count = state.CreateProperty<int>("count");

        await TurnAsync(state, async turn => await state.LoadAsync(turn));
        Assert.Null(await StoredAsync(stack));

        await TurnAsync(state, async turn => await count.SetAsync(turn, 7));
        var stored = await StoredAsync(stack);
        Assert.NotNull(stored);

        var seen = 0;
        await TurnAsync(state, async turn => seen = await count.GetAsync(turn, () => 0));
        Assert.Equal(7, seen);
        Assert.Equal(stored.ETag, (await StoredAsync(stack))!.ETag);
    }

    [Fact]
    public async Task A_value_changed_in_place_is_saved_and_an_unchanged_state_is_not_written_again()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var state = new SnapshotConversationState(stack.Get<IStorage>());
        var profile = state.CreateProperty<SampleProfile>("profile");
        await TurnAsync(state, async turn => await profile.SetAsync(turn, new SampleProfile { Language = "ko" }));
        var first = (await StoredAsync(stack))!.ETag;

        // Read and left alone: no write.
        await TurnAsync(state, async turn => await profile.GetAsync(turn, () => new SampleProfile()));
        Assert.Equal(first, (await StoredAsync(stack))!.ETag);

        // Changed inside the object without setting the property again (what dialogs do with their state bags).
        await TurnAsync(state, async turn => (await profile.GetAsync(turn, () => new SampleProfile())).Count = 3);
        var second = (await StoredAsync(stack))!.ETag;
        Assert.NotEqual(first, second);

        var count = 0;
        await TurnAsync(state, async turn => count = (await profile.GetAsync(turn, () => new SampleProfile())).Count);
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task A_forced_save_of_an_unchanged_state_still_makes_the_conditional_write()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var state = new SnapshotConversationState(stack.Get<IStorage>());
        var count = state.CreateProperty<int>("count");
        await TurnAsync(state, async turn => await count.SetAsync(turn, 1));
        var before = (await StoredAsync(stack))!.ETag;

        await TurnAsync(state, async turn => await state.LoadAsync(turn), force: true);

        Assert.NotEqual(before, (await StoredAsync(stack))!.ETag);
    }

    [Fact]
    public async Task A_save_on_a_version_another_writer_replaced_is_refused()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var state = new SnapshotConversationState(stack.Get<IStorage>());
        var count = state.CreateProperty<int>("count");
        await TurnAsync(state, async turn => await count.SetAsync(turn, 1));

        await Assert.ThrowsAsync<StorageConflictException>(() => TurnAsync(state, async turn =>
        {
            await count.SetAsync(turn, 2);

            // Another instance saves first.
            var other = await stack.Get<IStorage>().ReadAsync([Key]);
            ((IDictionary<string, object>)other[Key])["count"] = 5;
            await stack.Get<IStorage>().WriteAsync(other);
        }));

        var seen = 0;
        await TurnAsync(state, async turn => seen = await count.GetAsync(turn, () => 0));
        Assert.Equal(5, seen);
    }

    [Fact]
    public async Task A_conversation_deleted_during_a_turn_reads_as_new_in_that_turn_and_the_next()
    {
        // Loads made earlier in the turn are remembered: deleting (what erasure does) must forget them, so the next
        // read in the same turn loads afresh instead of failing on a state that is gone.
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var state = new SnapshotConversationState(stack.Get<IStorage>());
        var count = state.CreateProperty<int>("count");
        await TurnAsync(state, async turn => await count.SetAsync(turn, 7));

        var (before, after) = (0, 0);
        await TurnAsync(state, async turn =>
        {
            before = await count.GetAsync(turn, () => 0);
            await state.DeleteAsync(turn);
            after = await count.GetAsync(turn, () => 0);
        });

        Assert.Equal((7, 0), (before, after));
        var seen = -1;
        await TurnAsync(state, async turn => seen = await count.GetAsync(turn, () => 0));
        Assert.Equal(0, seen);
    }

    private static async Task TurnAsync(ConversationState state, Func<ITurnContext, Task> turn, bool force = false)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("snap", "u", "bot"));
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (context, ct) =>
        {
            await turn(context);
            await state.SaveChangesAsync(context, force, ct);
        }, CancellationToken.None);
    }

    private static Task<StoredObject?> StoredAsync(StorageStack stack) =>
        stack.Get<IObjectStore>().ReadAsync(ObjectNames.State(stack.Get<EncryptedBotStorage>().ScopeOf(Key)), CancellationToken.None);
}
