using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Tests.Storage;

/// <summary>Replies held until the turn's state is saved: nothing reaches the channel before, everything after, once.</summary>
public sealed class ReplyBufferTests
{
    [Fact]
    public async Task Held_replies_are_told_distinct_ids_and_reach_the_channel_only_when_released()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("held", "u", "bot"));
        var ids = new List<string>();
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (context, ct) =>
        {
            var buffer = ReplyBuffer.Attach(context);
            foreach (var text in new[] { "one", "two", "three" })
            {
                ids.Add((await context.SendActivityAsync(MessageFactory.Text(text), ct)).Id);
            }

            ids.AddRange((await context.SendActivitiesAsync([MessageFactory.Text("four"), MessageFactory.Text("five")], ct)).Select(r => r.Id));
            Assert.Null(adapter.GetNextReply());

            buffer.Holding = false;
            await context.SendActivitiesAsync([.. buffer.Held], ct);
        }, CancellationToken.None);

        Assert.Equal(5, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        var sent = new List<string>();
        while (adapter.GetNextReply() is IMessageActivity reply)
        {
            sent.Add(reply.Text);
        }

        Assert.Equal(["one", "two", "three", "four", "five"], sent);
    }
}
