using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ReportBot.Dialogs.Conversations;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

[Slow]
public sealed class KakaoEndpointTests
{
    [Fact]
    public async Task Korean_first_message_gets_a_Korean_greeting_and_the_menu_as_quick_replies()
    {
        await using var bot = await RunningBot.StartAsync();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);

        var answer = await kakao.SayAsync("안녕하세요, 도움을 받고 싶어요");

        Assert.Contains(texts.Get(WelcomeText.Intro, Language.Korean), answer.AllText, StringComparison.Ordinal);
        Assert.Contains(texts.Get(MenuText.Prompt, Language.Korean), answer.AllText, StringComparison.Ordinal);
        Assert.Equal(MenuLabels(texts, Language.Korean), answer.QuickReplies.Select(q => q.MessageText));
    }

    [Fact]
    public async Task Whole_conversation_greeting_language_menu_and_an_item_from_Kakao_alone()
    {
        await using var bot = await RunningBot.StartAsync();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);

        // A first message in no language: Kakao is a Korean messenger, so the greeting and the menu are Korean (with
        // the hint how to switch), never the two-language question.
        var greeting = await kakao.SayAsync("👋");
        Assert.Contains(texts.Get(WelcomeText.Intro, Language.Korean), greeting.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(WelcomeText.ChooseLanguage, Language.Korean), greeting.AllText, StringComparison.Ordinal);
        Assert.Equal(MenuLabels(texts, Language.Korean), greeting.QuickReplies.Select(q => q.MessageText));

        // Asking for English: the menu in English.
        var menu = await kakao.SayAsync("English please");
        Assert.Contains(texts.Get(WelcomeText.LanguageSet, Language.English), menu.AllText, StringComparison.Ordinal);
        Assert.Contains(texts.Get(MenuText.Prompt, Language.English), menu.AllText, StringComparison.Ordinal);
        Assert.Equal(MenuLabels(texts, Language.English), menu.QuickReplies.Select(q => q.MessageText));
        Assert.All(menu.QuickReplies, q => Assert.True(q.MessageText.StartsWith(q.Label.TrimEnd('\u2026'), StringComparison.Ordinal), "A label is not the start of what it sends"));

        // Tapping a menu entry is understood (never the "I didn't get that" retry).
        var item = await kakao.TapAsync(menu.QuickReplies[^1]);
        Assert.DoesNotContain(texts.Get(CommonText.RetryChoice, Language.English), item.AllText, StringComparison.Ordinal);

        // Switching language at any point.
        var korean = await kakao.SayAsync("한국어");
        Assert.Contains(texts.Get(WelcomeText.LanguageSet, Language.Korean), korean.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_chat_with_an_empty_utterance_greets_in_Korean_with_the_menu()
    {
        await using var bot = await RunningBot.StartAsync();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();

        var answer = await new KakaoSkillClient(bot).SayAsync(string.Empty);

        Assert.Contains(texts.Get(WelcomeText.Intro, Language.Korean), answer.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(CommonText.EmptyMessage, Language.Korean), answer.AllText, StringComparison.Ordinal);
        Assert.Equal(MenuLabels(texts, Language.Korean), answer.QuickReplies.Select(q => q.MessageText));
    }

    [Fact]
    public async Task Crisis_message_is_answered_in_format_and_nothing_identifying_reaches_the_logs()
    {
        await using var bot = await RunningBot.StartAsync();
        var kakao = new KakaoSkillClient(bot, userId: "kakao-user-secret-id-8812");

        var greeting = await kakao.SayAsync("안녕하세요");
        var crisis = await kakao.SayAsync("너무 힘들어요. 죽고 싶어요.");

        Assert.NotEmpty(greeting.Texts);
        Assert.NotEmpty(crisis.Texts);
        Assert.DoesNotContain("kakao-user-secret-id-8812", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("죽고 싶어요", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("kakao-c-", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_turn_gets_the_shared_kind_apology_and_the_log_keeps_no_words()
    {
        // Every turn fails, to see the shared error handler at work.
        var failing = new Mock<Microsoft.Bot.Builder.IMiddleware>();
        failing.Setup(m => m.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<NextDelegate>(), It.IsAny<CancellationToken>())).Throws(new InvalidOperationException("simulated failure quoting 민감한 내용"));
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton(failing.Object));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();

        var answer = await new KakaoSkillClient(bot).SayAsync("안녕하세요");

        Assert.Equal([texts.Get(CommonText.ErrorBilingual, Language.Korean)], answer.Texts);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("A turn failed on channel kakao", StringComparison.Ordinal));
        Assert.DoesNotContain("민감한 내용", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Very_long_message_gets_a_kind_request_to_split_it_within_Kakao_limits()
    {
        await using var bot = await RunningBot.StartAsync();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var kakao = new KakaoSkillClient(bot);
        var tooLong = texts.Get(CommonText.TooLong, Language.Korean);

        var answer = await kakao.SayAsync(string.Concat(Enumerable.Repeat("그날 있었던 일을 적어 볼게요. ", 600)));

        Assert.Contains(tooLong[..tooLong.IndexOf('{', StringComparison.Ordinal)], answer.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Different_Kakao_users_have_separate_conversations()
    {
        await using var bot = await RunningBot.StartAsync();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var first = new KakaoSkillClient(bot, userId: "user-a");
        var second = new KakaoSkillClient(bot, userId: "user-b");

        await first.SayAsync("hello");
        var other = await second.SayAsync("안녕하세요");

        Assert.Contains(texts.Get(WelcomeText.Intro, Language.Korean), other.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_secret_only_requests_carrying_it_are_served()
    {
        const string secret = "k4k40-sh4red-secret-0123456789abcdef";
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Kakao:Secret"] = secret, ["Kakao:HeaderName"] = "X-Skill-Key" });
        var kakao = new KakaoSkillClient(bot);
        var payload = kakao.Payload("안녕하세요").ToJsonString();

        var (missing, missingBody) = await kakao.PostAsync(payload);
        kakao.Headers["X-Skill-Key"] = secret + "x";
        var (wrong, _) = await kakao.PostAsync(payload);
        kakao.Headers["X-Skill-Key"] = secret;
        var (right, _) = await kakao.PostAsync(payload);

        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal("unauthorized", JsonNode.Parse(missingBody)!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.OK, right);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Kakao:Secret", StringComparison.Ordinal) && l.Contains("anyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_secret_the_endpoint_works_and_warns_at_start_up()
    {
        await using var bot = await RunningBot.StartAsync();

        var answer = await new KakaoSkillClient(bot).SayAsync("hi");

        Assert.NotEmpty(answer.Texts);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("has no secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_from_a_bot_not_on_the_allow_list_are_refused()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Kakao:AllowedBotIds:0"] = "our-bot-id" });

        var (stranger, _) = await new KakaoSkillClient(bot, botId: "someone-else").PostAsync(new KakaoSkillClient(bot, botId: "someone-else").Payload("hi").ToJsonString());
        var ours = await new KakaoSkillClient(bot, botId: "our-bot-id").SayAsync("hi");

        Assert.Equal(HttpStatusCode.Forbidden, stranger);
        Assert.NotEmpty(ours.Texts);
    }

    [Theory]
    [InlineData("{\"userRequest\": {\"utterance\": \"안녕")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"userRequest\": {\"utterance\": \"hi\"}}")]
    [InlineData("not json at all")]
    public async Task Malformed_requests_get_400_with_a_kind_Kakao_shaped_body_and_no_stack_trace(string body)
    {
        await using var bot = await RunningBot.StartAsync();

        var (status, text) = await new KakaoSkillClient(bot).PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var json = JsonNode.Parse(text)!;
        Assert.Equal("malformed", json["error"]!.GetValue<string>());
        Assert.Equal(bot.Services.GetRequiredService<ITextCatalog>().Get(KakaoText.BadRequestBilingual, Language.Korean), json["template"]!["outputs"]![0]!["simpleText"]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_request_gets_400()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Kakao:MaxRequestBytes"] = "8192" });
        var kakao = new KakaoSkillClient(bot);

        var (status, text) = await kakao.PostAsync(kakao.Payload(new string('가', 5000)).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("too_large", JsonNode.Parse(text)!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Endpoint_path_is_configurable()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Kakao:Path"] = "/skills/reportbot" });

        var answer = await new KakaoSkillClient(bot, path: "/skills/reportbot").SayAsync("안녕하세요");
        using var old = await bot.Http.PostAsync("/api/kakao", new StringContent("{}"));

        Assert.NotEmpty(answer.Texts);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task A_disabled_endpoint_is_not_served()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Kakao:Enabled"] = "false" });

        var (status, _) = await new KakaoSkillClient(bot).PostAsync(new KakaoSkillClient(bot).Payload("안녕하세요").ToJsonString());

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Invalid_Kakao_settings_stop_the_app_at_start_up()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RunningBot.StartAsync(new Dictionary<string, string?> { ["Kakao:Secret"] = "short", ["Kakao:MaxOutputs"] = "7" }));

        Assert.Contains(failure.Failures, f => f.Contains("Kakao:Secret", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Kakao:MaxOutputs", StringComparison.Ordinal));
        Assert.DoesNotContain(failure.Failures, f => f.Contains("short", StringComparison.Ordinal) && !f.Contains("Kakao:", StringComparison.Ordinal));
    }

    private static List<string> MenuLabels(ITextCatalog texts, Language language) =>
        MenuDialog.Entries.Select(e => texts.Get(e.Label, language)).ToList();
}
