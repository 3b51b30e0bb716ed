using Microsoft.Playwright;
using ReportBot.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Browser;

/// <summary>
/// A counsellor has a survivor's message open in the console when the survivor deletes their data: the survivor's
/// words leave the counsellor's screen at once (pushed over SignalR; the console's poll finds the 404 as well).
/// </summary>
[Slow]
public sealed class ConsoleErasureTests : IDisposable
{
    private const string Words = "My neighbour velquarin-27 has my photos.";

    private readonly string _data = Directory.CreateTempSubdirectory("console-erasure-").FullName;

    [Fact]
    public async Task A_thread_open_in_the_console_is_cleared_from_the_screen_when_the_survivor_deletes_their_data()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        await using var bot = await RunningBot.StartAsync(Settings(_data));

        // Nobody is signed in yet: the survivor leaves a message for the next counsellor.
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "talk to a counsellor");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "yes");
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", Words);
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "skip");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        SetDefaultExpectTimeout(Chromium.StepTimeoutMs);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(new Uri(bot.BaseAddress, "/counsellor/").ToString());
        await page.Locator("body[data-ready=true]").WaitForAsync();
        await page.FillAsync("#name", "mina");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#signin-button");
        await page.Locator("#inbox li button.claim").First.ClickAsync();
        await Expect(page.Locator("#chat li.survivor .text")).ToHaveTextAsync(Words);

        // The survivor deletes everything while the counsellor is looking at it.
        await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "delete my data");
        var confirmed = Texts(await SurvivorSaysAsync(bot, channel.ServiceUrl, "conv-erase", "yes"));
        Assert.Contains("Messages to and from counsellors", confirmed, StringComparison.Ordinal);

        await Expect(page.Locator("#status")).ToHaveTextAsync("This conversation's data has been deleted (the survivor asked, or its retention ended). What was on this screen has been cleared too.");
        await Expect(page.Locator("#chat li")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("velquarin");
        await Expect(page.Locator("#send")).ToBeDisabledAsync();
        await Expect(page.Locator("#inbox li")).ToHaveCountAsync(0);
        Assert.Empty(problems);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
