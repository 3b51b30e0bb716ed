using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Privacy;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Tests.Storage;

namespace ReportBot.Tests.Privacy;

public sealed class PseudonymousIdMiddlewareTests
{
    [Fact]
    public async Task The_bot_sees_a_stable_pseudonym_instead_of_the_channel_user_id_and_replies_still_reach_the_conversation()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var adapter = new TestAdapter(TestAdapter.CreateConversation("telegram-chat-412345678", "412345678", "bot"))
            .Use(stack.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>().OfType<PseudonymousIdMiddleware>().Single());
        var seen = new List<(string? From, string? Name, string? Raw)>();

        async Task Bot(ITurnContext turn, CancellationToken ct)
        {
            seen.Add((turn.Activity.From.Id, turn.Activity.From.Name, turn.TurnState.Get<string>(PseudonymousIdMiddleware.RawUserIdKey)));
            await turn.SendActivityAsync("ok", cancellationToken: ct);
        }

        var first = adapter.MakeActivity("hello");
        first.From = new ChannelAccount("412345678", "Kim Jiyoung");
        await adapter.ProcessActivityAsync(first, Bot, CancellationToken.None);
        var reply = adapter.GetNextReply();
        var second = adapter.MakeActivity("again");
        second.From = new ChannelAccount("412345678", "Kim Jiyoung");
        await adapter.ProcessActivityAsync(second, Bot, CancellationToken.None);

        Assert.StartsWith(Pseudonymizer.UserPrefix, seen[0].From);
        Assert.Equal(seen[0].From, seen[1].From);
        Assert.DoesNotContain("412345678", seen[0].From, StringComparison.Ordinal);
        Assert.Null(seen[0].Name);
        Assert.Equal("412345678", seen[0].Raw);
        Assert.Equal("telegram-chat-412345678", reply.Conversation.Id);
        Assert.Equal("ok", reply.AsMessageActivity().Text);
    }

    [Fact]
    public async Task The_same_id_on_two_channels_and_a_user_id_equal_to_a_conversation_id_give_unrelated_digests()
    {
        await using var stack = new StorageStack(StorageStack.NewSettings());
        var pseudonyms = stack.Get<Pseudonymizer>();

        Assert.NotEqual(pseudonyms.UserId("telegram", "42"), pseudonyms.UserId("line", "42"));
        Assert.NotEqual(pseudonyms.UserId("telegram", "42")[Pseudonymizer.UserPrefix.Length..], pseudonyms.CaseId("telegram", "42"));
    }

    [Fact]
    public async Task Different_secrets_give_different_pseudonyms()
    {
        await using var a = new StorageStack(StorageStack.NewSettings());
        await using var b = new StorageStack(StorageStack.NewSettings());

        Assert.NotEqual(a.Get<Pseudonymizer>().UserId("telegram", "42"), b.Get<Pseudonymizer>().UserId("telegram", "42"));
    }
}
