using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ReportBot.Bot.Adapters;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Bot.Telemetry;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Composition;

[Slow]
public sealed class TurnMiddlewareOrderTests
{
    // Written down from the DI registration order before the list moved into one place; it must not change by accident:
    // turn timing covers everything, ids are pseudonymous before the transcript sees them, and the channel-profile
    // middleware sees what the transcript stored.
    private static readonly Type[] Expected =
    [
        typeof(TurnMetricsMiddleware), typeof(PseudonymousIdMiddleware), typeof(TranscriptMiddleware),
        typeof(HeldMessagesMiddleware), typeof(NumberedReplyMiddleware), typeof(ChannelStartMiddleware),
    ];

    [Fact]
    public async Task Every_channel_adapter_runs_the_turn_middleware_in_the_one_pinned_order()
    {
        await using var bot = await RunningBot.StartAsync();

        BotAdapter[] adapters =
        [
            bot.Services.GetRequiredService<ReportBotAdapter>(),
            bot.Services.GetRequiredService<DirectLineAdapter>(),
            bot.Services.GetRequiredService<KakaoAdapter>(),
        ];

        foreach (var adapter in adapters)
        {
            Assert.Equal(Expected, MiddlewareOf(adapter).Select(m => m.GetType()));
        }
    }

    [Fact]
    public async Task Middleware_a_host_adds_runs_after_the_app_s_own()
    {
        var extra = new Mock<Microsoft.Bot.Builder.IMiddleware>().Object;
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton(extra));

        var kakao = MiddlewareOf(bot.Services.GetRequiredService<KakaoAdapter>()).ToList();

        Assert.Equal(Expected, kakao.SkipLast(1).Select(m => m.GetType()));
        Assert.Same(extra, kakao[^1]);
    }

    private static IEnumerable<Microsoft.Bot.Builder.IMiddleware> MiddlewareOf(BotAdapter adapter) => adapter.MiddlewareSet;
}
