using Microsoft.Playwright;
using ReportBot.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Browser;

/// <summary>
/// Issue 8's done-criterion across channels: a survivor in the real web widget (Web Chat over the embedded Direct
/// Line) and a counsellor in the console, each in their own Chromium context, against one bot on Kestrel.
/// </summary>
[Slow]
public sealed class WebWidgetCounsellorTests : IDisposable
{
    private const string Markup = "<script>alert(1)</script>";

    private readonly string _data = Directory.CreateTempSubdirectory("handoff-webwidget-").FullName;

    [Fact]
    public async Task Counsellor_console_talks_with_a_survivor_in_the_web_widget_and_shows_their_markup_as_text()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        SetDefaultExpectTimeout(Chromium.StepTimeoutMs);
        var problems = new List<string>();

        // Two contexts: nothing shared between the survivor's browser and the counsellor's.
        await using var survivorContext = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        await using var counsellorContext = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var survivor = await survivorContext.NewPageAsync();
        var console = await counsellorContext.NewPageAsync();
        foreach (var (page, who) in new[] { (survivor, "survivor"), (console, "console") })
        {
            page.SetDefaultTimeout(Chromium.StepTimeoutMs);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add($"{who} console error: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add($"{who} page error: {error}");
            page.Dialog += async (_, dialog) =>
            {
                problems.Add($"{who} opened a {dialog.Type} dialog: {dialog.Message}");
                await dialog.DismissAsync();
            };
        }

        // A counsellor is signed in to the console (so one is available).
        await console.GotoAsync(new Uri(bot.BaseAddress, "/counsellor").ToString());
        await console.Locator("body[data-ready=true]").WaitForAsync();
        await console.FillAsync("#name", "mina");
        await console.FillAsync("#password", Password);
        await console.ClickAsync("#signin-button");
        await Expect(console.Locator("#who")).ToHaveTextAsync("Signed in as mina");

        // The survivor opens the web widget and asks for a counsellor in Web Chat.
        await survivor.GotoAsync(bot.BaseAddress.ToString());
        // The page is English (an English browser): the bot greets in English without asking which language.
        await survivor.GetByText("What would you like to do?").First.WaitForAsync();
        var input = survivor.Locator("[data-id='webchat-sendbox-input']");
        await SendAsync(input, "I want to talk to a counsellor");
        await survivor.GetByText("You are number 1 in the queue").First.WaitForAsync();

        // The counsellor takes the survivor and reads what they wrote in the widget.
        await Expect(console.Locator("#queue li")).ToContainTextAsync("Language: English");
        await console.Locator("#queue li button.claim").ClickAsync();
        await Expect(console.Locator("#transcript")).ToContainTextAsync("I want to talk to a counsellor");

        // Counsellor messages reach Web Chat through the Direct Line adapter's proactive path.
        await survivor.GetByText("A counsellor has joined").First.WaitForAsync();
        await console.FillAsync("#message", "I am here with you. Take your time.");
        await console.ClickAsync("#send");
        await survivor.GetByText("Counsellor: I am here with you. Take your time.").First.WaitForAsync();

        // The survivor's markup is relayed as their words and shown as text in the console, never run.
        await SendAsync(input, Markup);
        var shown = console.Locator("#chat li.survivor .text");
        await Expect(shown.Last).ToHaveTextAsync(Markup);
        Assert.Equal(0, await console.Locator("#chat script").CountAsync());

        // The counsellor ends; the survivor is told in Web Chat and the bot answers them again.
        await console.ClickAsync("#end");
        await Expect(console.Locator("#end")).ToHaveTextAsync("End this conversation? The survivor goes back to the bot.");
        await console.ClickAsync("#end");
        await Expect(console.Locator("#status")).ToHaveTextAsync("The conversation has ended.");
        await survivor.GetByText("The counsellor has finished the conversation").First.WaitForAsync();
        var menus = survivor.GetByText("What would you like to do?");
        var menusBefore = await menus.CountAsync();
        await SendAsync(input, "ok");
        await Expect(menus).Not.ToHaveCountAsync(menusBefore);
        await Expect(survivor.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Talk to a counsellor" }).Last).ToBeVisibleAsync();
        Assert.Equal(0, await survivor.Locator("[role=log] script, .webchat__basic-transcript script").CountAsync());

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static async Task SendAsync(ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }
}
