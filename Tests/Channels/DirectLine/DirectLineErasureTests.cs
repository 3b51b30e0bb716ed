using System.Net;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.DirectLine.DirectLineConversationTests;

namespace ReportBot.Tests.Channels.DirectLine;

[Slow]
public sealed class DirectLineErasureTests
{
    [Fact]
    public async Task After_delete_my_data_the_old_token_reads_none_of_the_conversation_and_can_neither_post_nor_refresh()
    {
        await using var bot = await RunningBot.StartAsync(Settings(("DirectLine:ErasureGrace", "00:00:03")));
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await StartAsync(dl);
        await dl.PostMessageAsync(token, conversationId, "English", "e-1");
        await dl.PostMessageAsync(token, conversationId, "my boss kept touching me at the office in Mapo, 010-2345-6789", "e-2");
        await dl.PostMessageAsync(token, conversationId, "delete my data", "e-3");
        await dl.PostMessageAsync(token, conversationId, "yes", "e-4");

        var (read, after) = await dl.GetActivitiesAsync(token, conversationId);
        var (posted, _) = await dl.PostMessageAsync(token, conversationId, "still here?", "e-5");
        var (refreshed, _) = await dl.RefreshAsync(token);
        var (reconnected, _) = await dl.ReconnectAsync(token, conversationId);
        var (restarted, _) = await dl.StartAsync(token);

        // The bot's confirmation stays readable for the grace, and nothing the survivor wrote or was asked does.
        Assert.Equal(HttpStatusCode.OK, read);
        var everything = after!.ToJsonString();
        Assert.Contains(Catalog.En(EraseText.Done), everything, StringComparison.Ordinal);
        foreach (var fragment in new[] { "touching", "Mapo", "2345-6789", "delete my data", "\"yes\"", "English", "어떤 언어로" })
        {
            Assert.DoesNotContain(fragment, everything, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, posted);
        Assert.Equal(HttpStatusCode.Forbidden, refreshed);
        Assert.Equal(HttpStatusCode.NotFound, reconnected);
        Assert.Equal(HttpStatusCode.NotFound, restarted);

        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(HttpStatusCode.NotFound, (await dl.GetActivitiesAsync(token, conversationId)).Status);
    }
}
