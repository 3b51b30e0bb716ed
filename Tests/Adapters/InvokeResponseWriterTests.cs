using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Adapters;

namespace ReportBot.Tests.Adapters;

/// <summary>
/// The answer to an <c>expectReplies</c> request must be what the Bot Framework's own <see cref="HttpHelper"/> wrote
/// before (status, content type and the same bytes): Direct Line, the web widget and other clients read it.
/// </summary>
public sealed class InvokeResponseWriterTests
{
    [Fact]
    public async Task The_replies_of_a_whole_conversation_are_answered_with_the_bytes_the_Bot_Framework_wrote()
    {
        var replies = await ActivityCorpus.BotRepliesAsync();
        replies.Add(ActivityCorpus.HandMade());
        for (var count = 0; count <= replies.Count; count += 7)
        {
            await AssertSameAsync(new InvokeResponse { Status = 200, Body = new ExpectedReplies(replies.Take(count).ToList()) });
        }
    }

    [Fact]
    public async Task Other_answers_keep_their_status_and_body()
    {
        await AssertSameAsync(null);
        await AssertSameAsync(new InvokeResponse { Status = 501 });
        await AssertSameAsync(new InvokeResponse { Status = 200, Body = new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "확인" } });
    }

    private static async Task AssertSameAsync(InvokeResponse? invokeResponse)
    {
        var (before, after) = (new DefaultHttpContext(), new DefaultHttpContext());
        before.Response.Body = new MemoryStream();
        after.Response.Body = new MemoryStream();

        await HttpHelper.WriteResponseAsync(before.Response, invokeResponse);
        await InvokeResponseWriter.WriteAsync(after.Response, invokeResponse, CancellationToken.None);

        Assert.Equal(before.Response.StatusCode, after.Response.StatusCode);
        Assert.Equal(before.Response.ContentType, after.Response.ContentType);
        var expected = ((MemoryStream)before.Response.Body).ToArray();
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(((MemoryStream)after.Response.Body).ToArray()));
        Assert.Equal(invokeResponse?.Body is null ? null : expected.Length, after.Response.ContentLength);
    }
}
