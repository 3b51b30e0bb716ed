using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Tests.Dialogs.Engine;

public sealed class DialogStackTests
{
    [Fact]
    public async Task A_child_dialog_gets_its_options_and_returns_its_result_to_the_parent()
    {
        var harness = new EngineHarness(TestDialogs.ParentAndChild, "parent");

        var started = await harness.SendOneAsync("begin");
        Assert.StartsWith("child started with hi (depth 2)", started, StringComparison.Ordinal);

        var replies = await harness.SendAsync("my answer");

        Assert.Equal(["parent got answer:my answer", "replaced (depth 1)"], replies);
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
    }

    [Fact]
    public async Task The_stack_lives_in_conversation_state_as_plain_json_so_a_restart_between_turns_loses_nothing()
    {
        var harness = new EngineHarness(TestDialogs.ParentAndChild, "parent");
        await harness.SendAsync("begin");

        // What a new process would read back from storage.
        var stored = await harness.Storage.ReadAsync(["test/conversations/engine-test"], CancellationToken.None);
        var json = JObject.FromObject(stored.Values.Single());
        var stack = json["dialogState"]!["Stack"]!.Select(i => (string)i["Id"]!).ToArray();
        Assert.Equal(["text", "child", "parent"], stack);

        // The harness builds a new runner and new state objects on every turn: only storage carries over.
        Assert.Equal(["parent got answer:after restart", "replaced (depth 1)"], await harness.SendAsync("after restart"));
    }

    [Fact]
    public async Task A_removed_dialog_left_on_the_stack_is_dropped_instead_of_stranding_the_conversation()
    {
        var withChild = new EngineHarness(TestDialogs.ParentAndChild, "parent");
        await withChild.SendAsync("begin");

        // Same storage, but a release in which the "text" prompt no longer exists.
        var state = new ConversationState(withChild.Storage);
        var runner = new DialogRunner(
            new DialogSet(TestDialogs.ParentAndChild().Where(d => d.Id != "text")),
            state,
            [],
            new DialogServices(new ReportBot.Resources.TextCatalog(), new ReportBot.Resources.PhraseCatalog(), TimeProvider.System, new ConversationOptions()),
            "parent");
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter(Microsoft.Bot.Builder.Adapters.TestAdapter.CreateConversation("engine-test", "user", "bot"));
        DialogTurnResult? result = null;
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hello"), async (turn, ct) => result = await runner.RunAsync(turn, ct), CancellationToken.None);

        Assert.NotNull(result);
        Assert.NotEqual(DialogTurnStatus.Empty, result!.Status);
    }

    [Fact]
    public void Registering_two_dialogs_with_one_id_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new DialogSet([new ReportBot.Dialogs.Engine.Prompts.TextPrompt("x"), new ReportBot.Dialogs.Engine.Prompts.TextPrompt("x")]));
    }
}
