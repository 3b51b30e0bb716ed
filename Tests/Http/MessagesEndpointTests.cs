using System.Net;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Http;

[Slow]
public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Korean_first_message_gets_a_Korean_greeting_and_the_menu()
    {
        await using var bot = await RunningBot.StartAsync();

        var replies = await bot.SendAsync("c-ko", "안녕하세요");

        Assert.Contains(replies, r => r.Text.Contains("리포트봇", StringComparison.Ordinal) && r.Text.Contains("묻지 않아요", StringComparison.Ordinal));
        var menu = replies.Last();
        Assert.Equal(["겪은 일 기록하기", "법적 도움 알아보기", "상담사와 이야기하기", "내 기록 삭제하기", "사건 코드가 있어요"], menu.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task English_first_message_gets_an_English_greeting_and_the_menu()
    {
        await using var bot = await RunningBot.StartAsync();

        var replies = await bot.SendAsync("c-en", "hello");

        Assert.Contains(replies, r => r.Text.Contains("I never ask who you are", StringComparison.Ordinal));
        Assert.Equal(["Report what happened", "Learn my legal options", "Talk to a counsellor", "Delete my data", "I have a case code"], replies.Last().SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_400()
    {
        await using var bot = await RunningBot.StartAsync();

        using var response = await bot.Http.PostAsync("/api/messages", new StringContent("{\"type\": \"message\", \"text\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoint_answers()
    {
        await using var bot = await RunningBot.StartAsync();

        using var response = await bot.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
