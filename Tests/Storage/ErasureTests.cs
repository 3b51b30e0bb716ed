using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Erasure;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

[Slow]
public sealed class ErasureTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Deleting_a_conversation_from_inside_its_own_turn_leaves_no_blob_and_no_key_and_the_survivor_can_start_afresh()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings(fixture.Azurite));
        var state = new ConversationState(stack.Get<IStorage>());
        var said = state.CreateProperty<List<string>>("said");
        var runner = stack.Get<ConsistentTurnRunner>();
        var eraser = stack.Get<ConversationDataEraser>();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("to-delete", "u", "bot"));
        foreach (var middleware in stack.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>())
        {
            adapter.Use(middleware);
        }

        Task Turn(ITurnContext turn, CancellationToken ct) => runner.RunAsync(turn, state, async token =>
        {
            var list = await said.GetAsync(turn, () => [], token);
            if (turn.Activity.Text == "delete my data")
            {
                await eraser.EraseConversationAsync(turn.Activity.ChannelId, turn.Activity.Conversation.Id, token);
                await turn.SendActivityAsync("Everything is deleted.", cancellationToken: token);
                return;
            }

            list.Add(turn.Activity.Text);
            await turn.SendActivityAsync($"I have {list.Count} message(s).", cancellationToken: token);
        }, ct);

        await adapter.SendTextToBotAsync("he called me from 010-2222-3333", Turn, CancellationToken.None);
        await adapter.SendTextToBotAsync("it was last Friday", Turn, CancellationToken.None);
        await stack.DrainAsync();
        var caseId = stack.Get<Pseudonymizer>().CaseId("test", "to-delete");
        Assert.NotEmpty(await NamesOfAsync(stack, caseId));

        await adapter.SendTextToBotAsync("delete my data", Turn, CancellationToken.None);
        await stack.DrainAsync();

        Assert.Empty(await NamesOfAsync(stack, caseId));
        Assert.Empty(await stack.Get<TranscriptReader>().GetActivitiesAsync("test", "to-delete", CancellationToken.None));
        var replies = new List<string>();
        while (adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity().Text);
        }

        Assert.Equal(["I have 1 message(s).", "I have 2 message(s).", "Everything is deleted."], replies);

        // Afterwards the conversation starts from nothing.
        await adapter.SendTextToBotAsync("hello again", Turn, CancellationToken.None);
        Assert.Equal("I have 1 message(s).", adapter.GetNextReply().AsMessageActivity().Text);
    }

    private static async Task<List<string>> NamesOfAsync(StorageStack stack, string caseId)
    {
        var names = new List<string>();
        foreach (var prefix in new[] { "state/", "keys/", "transcripts/" })
        {
            await foreach (var item in stack.Get<IObjectStore>().ListAsync(prefix, CancellationToken.None))
            {
                if (item.Name.Contains(caseId, StringComparison.Ordinal))
                {
                    names.Add(item.Name);
                }
            }
        }

        return names;
    }
}
