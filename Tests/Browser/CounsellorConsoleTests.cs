using Microsoft.Playwright;
using ReportBot.Tests.Handoff;
using ReportBot.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Browser;

/// <summary>The counsellor console in Debian's Chromium, against the whole bot on Kestrel.</summary>
[Slow]
public sealed class CounsellorConsoleTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-browser-").FullName;

    [Fact]
    public async Task Counsellor_signs_in_takes_a_survivor_reads_talks_and_ends_and_survivor_markup_is_shown_as_text()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text + " " + message.Location);
            }
        };
        SetDefaultExpectTimeout(15000);

        await page.GotoAsync(new Uri(bot.BaseAddress, "/counsellor").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(page.Locator("#signin-button")).ToHaveTextAsync("Sign in");
        await page.FillAsync("#name", "mina");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#signin-button");
        await Expect(page.Locator("#who")).ToHaveTextAsync("Signed in as mina");

        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-browser", "hello");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-browser", "talk to a counsellor");
        var take = page.Locator("#queue li button.claim");
        await take.WaitForAsync(new LocatorWaitForOptions { Timeout = 15000 });
        await Expect(page.Locator("#queue li")).ToContainTextAsync("Language: English");
        await take.ClickAsync();

        await Expect(page.Locator("#transcript")).ToContainTextAsync("talk to a counsellor", new LocatorAssertionsToContainTextOptions { Timeout = 15000 });
        Assert.Contains("A counsellor has joined", (await channel.NextAsync()).Text, StringComparison.Ordinal);
        await Expect(page.Locator("#queue-empty")).ToBeVisibleAsync();

        const string markup = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\"><b>please help</b>";
        Assert.Empty(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-browser", markup));
        var shown = page.Locator("#chat li.survivor .text");
        await Expect(shown).ToHaveTextAsync(markup, new LocatorAssertionsToHaveTextOptions { Timeout = 15000 });
        Assert.Equal(0, await page.Locator("#chat script, #chat img, #chat b").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));

        await page.FillAsync("#message", "I'm here with you. Take your time.");
        await page.ClickAsync("#send");
        Assert.Equal("Counsellor: I'm here with you. Take your time.", (await channel.NextAsync()).Text);
        await Expect(page.Locator("#chat li.counsellor .text")).ToHaveTextAsync("I'm here with you. Take your time.");

        Assert.Empty(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-browser", "thank you"));
        await Expect(page.Locator("#chat li.survivor .text").Last).ToHaveTextAsync("thank you", new LocatorAssertionsToHaveTextOptions { Timeout = 15000 });

        await page.ClickAsync("#end");
        await Expect(page.Locator("#end")).ToHaveTextAsync("End this conversation? The survivor goes back to the bot.");
        await page.ClickAsync("#end");
        await Expect(page.Locator("#status")).ToHaveTextAsync("The conversation has ended.");
        Assert.Contains("The counsellor has finished", (await channel.NextAsync()).Text, StringComparison.Ordinal);

        var back = await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-browser", "ok");
        Assert.Contains(back, a => a.SuggestedActions?.Actions.Any(x => x.Title == "Talk to a counsellor") == true);
        Assert.True(consoleErrors.Count == 0, string.Join(" | ", consoleErrors));
    }

    [Fact]
    public async Task The_console_speaks_Korean_to_a_Korean_browser_and_switches_to_English()
    {
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ko-KR" });

        await page.GotoAsync(new Uri(bot.BaseAddress, "/counsellor/").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await Expect(page.Locator("#signin-button")).ToHaveTextAsync("로그인");
        await page.FillAsync("#name", "nobody");
        await page.FillAsync("#password", "wrong password here");
        await page.ClickAsync("#signin-button");
        await Expect(page.Locator("#signin-error")).ToHaveTextAsync("이름이나 비밀번호가 맞지 않아요.");

        await page.ClickAsync("#lang");
        await Expect(page.Locator("#signin-button")).ToHaveTextAsync("Sign in");
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
    }

    [Fact]
    public async Task A_message_left_out_of_hours_can_be_taken_read_as_text_and_closed()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-note", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-note", "yes");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-note", "<i>call me</i> tomorrow please");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(new Uri(bot.BaseAddress, "/counsellor/").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.FillAsync("#name", "mina");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#signin-button");
        await page.Locator("#inbox li button.claim").ClickAsync();

        await Expect(page.Locator("#chat li.survivor .text")).ToHaveTextAsync("<i>call me</i> tomorrow please");
        Assert.Equal(0, await page.Locator("#chat i").CountAsync());
        await Expect(page.Locator("#transcript-part")).ToBeHiddenAsync();
        await page.ClickAsync("#done");
        await Expect(page.Locator("#inbox-empty")).ToBeVisibleAsync();
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
