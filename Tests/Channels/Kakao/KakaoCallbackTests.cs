using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Turns longer than the reply budget: callback when the request allows it, else "more".</summary>
[Slow]
public sealed class KakaoCallbackTests
{
    private static readonly Dictionary<string, string?> FastBudget = new()
    {
        ["Kakao:ReplyBudgetMilliseconds"] = "150",
        ["Kakao:AllowInsecureCallback"] = "true",
        ["Kakao:AllowLoopbackCallback"] = "true",
        ["Kakao:CallbackHosts:0"] = "127.0.0.1",
    };

    [Fact]
    public async Task Slow_turn_answers_useCallback_at_once_and_posts_the_answer_to_the_callback_url()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        // A turn of 3 s: the acknowledgement must come long before it ends (the budget is 150 ms; the margin is for a
        // busy test machine, where a fresh process's first request alone can take most of a second).
        await using var bot = await RunningBot.StartAsync(FastBudget, s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(new DelayMiddleware(TimeSpan.FromSeconds(3))));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);

        var started = DateTimeOffset.UtcNow;
        var ack = await kakao.SayAsync("안녕하세요", callbackUrl: receiver.NewUrl());
        var ackTime = DateTimeOffset.UtcNow - started;
        var late = KakaoAnswer.Parse(await receiver.NextAsync(TimeSpan.FromSeconds(15)));

        Assert.True(ack.UseCallback);
        Assert.Equal(texts.Get(KakaoText.Waiting, Language.Korean), ack.Json["data"]!["text"]!.GetValue<string>());
        Assert.True(ackTime < TimeSpan.FromSeconds(2.5), $"The acknowledgement took {ackTime.TotalMilliseconds} ms");
        Assert.Contains(texts.Get(WelcomeText.Intro, Language.Korean), late.AllText, StringComparison.Ordinal);
        Assert.NotEmpty(late.QuickReplies);
    }

    [Fact]
    public async Task Slow_turn_without_a_callback_url_offers_more_and_more_shows_the_answer()
    {
        await using var bot = await RunningBot.StartAsync(FastBudget, s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(new DelayMiddleware(TimeSpan.FromMilliseconds(600))));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);

        var first = await kakao.SayAsync("안녕하세요");
        Assert.Contains(texts.Get(KakaoText.StillWorking, Language.Korean, ("more", texts.Get(KakaoText.More, Language.Korean))), first.AllText, StringComparison.Ordinal);
        var more = Assert.Single(first.QuickReplies);

        // "More" before the turn has finished offers "more" again; once it has, it shows the answer. The turn takes the
        // 600 ms delay and then however long a loaded machine needs, so the test taps until it is there (at most 15 s).
        var intro = texts.Get(WelcomeText.Intro, Language.Korean);
        var answer = first;
        var until = DateTime.UtcNow.AddSeconds(15);
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            answer = await kakao.TapAsync(more);
            more = answer.QuickReplies.FirstOrDefault() ?? more;
        }
        while (!answer.AllText.Contains(intro, StringComparison.Ordinal) && DateTime.UtcNow < until);

        Assert.Contains(intro, answer.AllText, StringComparison.Ordinal);
        Assert.NotEmpty(answer.QuickReplies);
    }

    [Fact]
    public async Task Callback_that_cannot_connect_is_retried_a_bounded_number_of_times_then_waits_for_the_next_message()
    {
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?>(FastBudget) { ["Kakao:CallbackAttempts"] = "3" },
            s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(new DelayMiddleware(TimeSpan.FromMilliseconds(400))));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);

        var ack = await kakao.SayAsync("안녕하세요", callbackUrl: CallbackReceiver.RefusedUrl());
        Assert.True(ack.UseCallback);
        await WaitUntilAsync(() => bot.Logs.Lines.Count(l => l.Contains("Kakao callback failed", StringComparison.Ordinal)) >= 3);

        var next = await kakao.SayAsync("더 보기", new System.Text.Json.Nodes.JsonObject { [KakaoSkillResponse.ExtraKey] = KakaoReplyComposer.MoreCommand });

        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Contains("Kakao callback failed", StringComparison.Ordinal)));
        Assert.Contains(texts.Get(WelcomeText.Intro, Language.Korean), next.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_url_outside_the_allowed_hosts_is_not_used()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?>(FastBudget) { ["Kakao:CallbackHosts:0"] = "bot-api.kakao.example" },
            s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(new DelayMiddleware(TimeSpan.FromMilliseconds(500))));
        var kakao = new KakaoSkillClient(bot);

        var first = await kakao.SayAsync("안녕하세요", callbackUrl: receiver.NewUrl());

        Assert.False(first.UseCallback);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receiver.NextAsync(TimeSpan.FromSeconds(1.5)));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "Timed out waiting");
    }
}
