using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Tests.Handoff;
using ReportBot.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Browser;

/// <summary>Issue 19's console: the inbox of threads waiting for a reply (crisis first, then oldest), upcoming preferred times, replying.</summary>
[Slow]
public sealed class ThreadInboxTests : IDisposable
{
    /// <summary>Where the screenshots of the inbox are kept after a run, to look at.</summary>
    public static readonly string ScreenshotFolder = Path.Combine(Path.GetTempPath(), "reportbot-screenshots");

    private readonly string _data = Directory.CreateTempSubdirectory("thread-inbox-").FullName;

    [Fact]
    public async Task Console_inbox_lists_threads_crisis_first_then_oldest_shows_preferred_times_in_both_languages_and_replies()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));

        // Nobody is signed in: two survivors leave messages; the older one names a time for a live chat.
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-older", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-older", "yes");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-older", "<b>Someone</b> keeps posting my photos.");
        var noted = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-older", "tomorrow 2-4 pm"));
        Assert.Contains("14:00-16:00", noted, StringComparison.Ordinal);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-newer", "상담사");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-newer", "네");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-newer", "무서워서 잠을 못 자요.");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-newer", "건너뛰기");

        // The newer thread is a crisis (as when crisis wording came with it): it goes first.
        var queue = bot.Services.GetRequiredService<IHandoffQueue>();
        var threads = (await queue.ListAsync(CancellationToken.None)).Select(s => s.Record).OrderBy(r => r.CreatedAt).ToList();
        Assert.Equal(2, threads.Count);
        await queue.UpdateAsync(threads[1].Id, r => r with { Crisis = true }, CancellationToken.None);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        SetDefaultExpectTimeout(Chromium.StepTimeoutMs);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(new Uri(bot.BaseAddress, "/counsellor/").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.FillAsync("#name", "mina");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#signin-button");

        var inbox = page.Locator("#inbox li");
        await Expect(inbox).ToHaveCountAsync(2);
        await Expect(inbox.Nth(0)).ToHaveClassAsync("crisis");
        await Expect(inbox.Nth(0)).ToContainTextAsync("Crisis");
        await Expect(inbox.Nth(0)).ToContainTextAsync("Language: Korean");
        await Expect(inbox.Nth(1)).ToContainTextAsync("Language: English");
        await Expect(inbox.Nth(1)).ToContainTextAsync("waiting 0 min for a reply");
        await Expect(page.Locator("#windows li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#windows li .window")).ToContainTextAsync("14:00 - 16:00");
        await Expect(page.Locator("#inbox")).Not.ToContainTextAsync("photos");
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "inbox-en.png"), FullPage = true });

        await page.ClickAsync("#lang");
        await Expect(page.Locator("h2[data-i18n=inbox]")).ToHaveTextAsync("답장을 기다리는 메시지");
        await Expect(inbox.Nth(0)).ToContainTextAsync("위기");
        await Expect(page.Locator("#windows li .window")).ToContainTextAsync("희망 시간");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "inbox-ko.png"), FullPage = true });
        await page.ClickAsync("#lang");

        // Taking the older thread opens what the survivor wrote, as text; the reply goes to them.
        await inbox.Nth(1).Locator("button.claim").ClickAsync();
        await Expect(page.Locator("#chat li.survivor .text")).ToHaveTextAsync("<b>Someone</b> keeps posting my photos.");
        Assert.Equal(0, await page.Locator("#chat b").CountAsync());
        await Expect(page.Locator("#send")).ToHaveTextAsync("Send reply");
        await Expect(page.Locator("#chat-heading")).ToHaveTextAsync("Messages on the case code");
        await page.FillAsync("#message", "Thank you for writing. We can talk tomorrow at 2.");
        await page.ClickAsync("#send");
        await Expect(page.Locator("#chat li.counsellor .text")).ToHaveTextAsync("Thank you for writing. We can talk tomorrow at 2.");
        await Expect(page.Locator("#status")).ToContainTextAsync("when they come back with their case code");
        Assert.Contains("A counsellor has replied to your message", (await channel.NextAsync()).Text, StringComparison.Ordinal);

        // Answered: the thread leaves the inbox (it waits for the survivor now).
        await Expect(inbox).ToHaveCountAsync(1);
        await Expect(inbox.Nth(0)).ToHaveClassAsync("crisis");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "thread-replied-en.png"), FullPage = true });
        Assert.Empty(problems);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
