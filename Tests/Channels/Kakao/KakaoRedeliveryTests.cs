using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>
/// Kakao's skill request carries no request id: the same words sent again while their turn is still being answered
/// (Kakao retrying the call, a double tap) are one message, answered alike, and never read as the next answer.
/// </summary>
[Slow]
public sealed class KakaoRedeliveryTests
{
    [Fact]
    public async Task The_same_request_again_while_its_turn_runs_gets_the_same_answer_and_the_next_question_is_not_skipped()
    {
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(new DelayMiddleware(TimeSpan.FromMilliseconds(700))));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);
        await kakao.SayAsync("안녕하세요");

        var payload = kakao.Payload("1").ToJsonString();
        var first = kakao.PostAsync(payload);
        await Task.Delay(200);
        var retry = await kakao.PostAsync(payload);
        var original = await first;
        var next = await kakao.SayAsync("2");

        Assert.Equal(KakaoAnswer.Parse(original.Body).AllText, KakaoAnswer.Parse(retry.Body).AllText);
        Assert.Contains(texts.Get(ReportText.AskTypes, Language.Korean), KakaoAnswer.Parse(retry.Body).AllText, StringComparison.Ordinal);
        // "2" answered the first question once, so the story is asked for next (not the question after it).
        Assert.Contains(texts.Get(ReportText.AskNarrative, Language.Korean), next.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_words_again_after_their_answer_are_a_new_message()
    {
        await using var bot = await RunningBot.StartAsync();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);
        await kakao.SayAsync("안녕하세요");
        await kakao.SayAsync("1");

        var asked = await kakao.SayAsync("2");
        var again = await kakao.SayAsync("2");

        // The second "2" is a line of the story: taken, not answered with the story question again.
        Assert.Contains(texts.Get(ReportText.AskNarrative, Language.Korean), asked.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.AskNarrative, Language.Korean), again.AllText, StringComparison.Ordinal);
        Assert.NotEqual(asked.AllText, again.AllText);
    }
}
