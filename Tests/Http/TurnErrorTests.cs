using Microsoft.Extensions.DependencyInjection;
using Moq;
using ReportBot.Dialogs.Engine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Http;

[Slow]
public sealed class TurnErrorTests
{
    [Fact]
    public async Task A_failing_turn_is_answered_kindly_in_the_survivors_language_logged_without_her_words_and_nothing_is_lost()
    {
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton(FailsOnBoom()));
        await bot.SendAsync("c-error", "안녕하세요");

        var replies = await bot.SendAsync("c-error", "그 사람이 boom 했어요");

        Assert.Equal("죄송해요, 제 쪽에서 문제가 생겼어요. 지금까지 말씀해 주신 내용은 그대로 남아 있어요. 잠시 후 다시 보내 주시면 이어서 도와드릴게요. 급하게 도움이 필요하면 여성긴급전화 1366(24시간)에 연락할 수 있어요.", replies.Single().Text);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("A turn failed", StringComparison.Ordinal) && l.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.DoesNotContain("그 사람이", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", bot.Logs.All, StringComparison.Ordinal);

        // The conversation goes on where it was, still in Korean.
        var next = await bot.SendAsync("c-error", "없는 메뉴");
        Assert.StartsWith("잘 알아듣지 못했어요.", next.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_before_the_language_is_known_is_answered_in_both_languages()
    {
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton(FailsOnBoom()));

        var replies = await bot.SendAsync("c-error-2", "boom");

        Assert.Contains("죄송해요", replies.Single().Text, StringComparison.Ordinal);
        Assert.Contains("I'm sorry", replies.Single().Text, StringComparison.Ordinal);
    }

    /// <summary>A bug stand-in: an interruption that throws, with the survivor's words in the exception message, on "boom".</summary>
    private static IInterruption FailsOnBoom()
    {
        var interruption = new Mock<IInterruption>();
        interruption.Setup(i => i.Order).Returns(1);
        interruption.Setup(i => i.TryHandleAsync(It.IsAny<DialogContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(InterruptionResult.NotHandled);
        interruption.Setup(i => i.TryHandleAsync(It.Is<DialogContext>(dc => dc.Text.Contains("boom", StringComparison.Ordinal)), It.IsAny<CancellationToken>()))
            .Throws((DialogContext dc, CancellationToken _) => new InvalidOperationException("secret detail: " + dc.Text));
        return interruption.Object;
    }
}
