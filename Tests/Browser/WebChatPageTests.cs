using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Browser;

/// <summary>The web chat page in a real Chromium: Web Chat over the bot's own Direct Line, languages, quick exit.</summary>
[Slow]
public sealed class WebChatPageTests
{
    [Fact]
    public async Task Korean_message_gets_a_Korean_reply_English_switch_follows_and_quick_exit_leaves_no_chat_in_history()
    {
        await using var neutral = await NeutralSite.StartAsync();
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["WebChat:QuickExitUrl"] = neutral.WeatherUrl.ToString() });
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Type + ": " + message.Text);
        page.PageError += (_, error) => console.Add("pageerror: " + error);
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        await page.GotoAsync(neutral.StartUrl.ToString());
        var historyBeforeChat = await page.EvaluateAsync<int>("() => history.length");
        await page.GotoAsync(bot.BaseAddress.ToString());

        // Greeted before typing in the page's language (the page sends it as the locale), with no language question;
        // the page itself is Korean for a Korean browser.
        await page.GetByText("무엇을 도와드릴까요?").First.WaitForAsync();
        Assert.Equal(0, await page.GetByText("어떤 언어로 이야기할까요?").CountAsync());
        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("빠른 나가기", (await page.Locator("#rb-exit").InnerTextAsync()).Trim());
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        Assert.Equal("메시지 입력", await input.GetAttributeAsync("placeholder"));

        await input.FillAsync("안녕하세요, 한국어로 이야기하고 싶어요");
        await input.PressAsync("Enter");
        await page.GetByText("안녕하세요, 한국어로 이야기하고 싶어요").First.WaitForAsync();
        Assert.Equal(0, await page.GetByText(new Regex("Send failed|전송 실패|보내지 못", RegexOptions.IgnoreCase)).CountAsync());

        // Switching the page to English switches Web Chat, the page chrome and the bot's language.
        await page.Locator("#rb-language").ClickAsync();
        await page.GetByText("use English from now on").First.WaitForAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Quick exit", (await page.Locator("#rb-exit").InnerTextAsync()).Trim());
        Assert.Equal("Type your message", await input.GetAttributeAsync("placeholder"));

        // Web Chat took the bot's own WebSocket stream, not a third party's.
        Assert.Contains(sockets, url => url.StartsWith("ws://" + bot.BaseAddress.Authority + "/v3/directline/conversations/", StringComparison.Ordinal));

        // Nothing of the conversation is kept in the browser.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));
        Assert.Equal(string.Empty, await page.EvaluateAsync<string>("() => document.cookie"));

        Assert.False(console.Any(line => line.StartsWith("error", StringComparison.Ordinal) || line.StartsWith("pageerror", StringComparison.Ordinal)), string.Join("\n", console));

        await page.Locator("#rb-exit").ClickAsync();
        await LandsOnAsync(page, neutral.WeatherUrl);
        await AssertChatIsGoneFromHistoryAsync(page, bot, neutral, historyBeforeChat);
    }

    [Fact]
    public async Task A_page_opened_with_lang_ko_greets_in_Korean_without_asking_for_a_language()
    {
        await using var bot = await RunningBot.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);

        await page.GotoAsync(new Uri(bot.BaseAddress, "/?lang=ko").ToString());

        await page.GetByText("무엇을 도와드릴까요?").First.WaitForAsync();
        Assert.Equal(0, await page.GetByText("Which language would you like to use?").CountAsync());
    }

    [Fact]
    public async Task Pressing_Esc_twice_leaves_for_the_neutral_site_and_Back_does_not_return_to_the_chat()
    {
        await using var neutral = await NeutralSite.StartAsync();
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["WebChat:QuickExitUrl"] = neutral.WeatherUrl.ToString() });
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);

        await page.GotoAsync(neutral.StartUrl.ToString());
        var historyBeforeChat = await page.EvaluateAsync<int>("() => history.length");
        await page.GotoAsync(bot.BaseAddress.ToString());
        await page.GetByText("What would you like to do?").First.WaitForAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        await page.Locator("[data-id='webchat-sendbox-input']").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");

        await LandsOnAsync(page, neutral.WeatherUrl);
        await AssertChatIsGoneFromHistoryAsync(page, bot, neutral, historyBeforeChat);
    }

    /// <summary>
    /// Waits until the tab shows <paramref name="url"/>. Polls the URL: a navigation that starts inside a key
    /// handler can commit before WaitForURL subscribes, and then WaitForURL waits for one that never comes.
    /// </summary>
    private static async Task LandsOnAsync(IPage page, Uri url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url.ToString(), new PageAssertionsToHaveURLOptions { Timeout = Chromium.StepTimeoutMs });
        await page.GetByText(NeutralSite.WeatherText).WaitForAsync();
    }

    private static async Task AssertChatIsGoneFromHistoryAsync(IPage page, RunningBot bot, NeutralSite neutral, int historyBeforeChat)
    {
        // One entry more than before the chat: the neutral site took the chat's place instead of following it,
        // so Back goes to the page before the chat.
        Assert.Equal(historyBeforeChat + 1, await page.EvaluateAsync<int>("() => history.length"));
        await page.GoBackAsync();
        await page.GetByText(NeutralSite.StartText).WaitForAsync();
        Assert.Equal(neutral.StartUrl.ToString(), page.Url);
        await page.GoForwardAsync();
        await page.GetByText(NeutralSite.WeatherText).WaitForAsync();
        Assert.DoesNotContain(bot.BaseAddress.Authority, page.Url, StringComparison.Ordinal);
    }
}
