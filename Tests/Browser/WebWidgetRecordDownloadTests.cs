using System.Collections.Concurrent;
using System.Net;
using Microsoft.Playwright;
using ReportBot.Bot.Records;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Records;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Browser;

/// <summary>The download button the bot gives in the web widget, pressed in a real Web Chat.</summary>
[Slow]
public sealed class WebWidgetRecordDownloadTests
{
    [Fact]
    public async Task The_record_button_in_Web_Chat_opens_the_one_time_download_which_then_cannot_be_used_again()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await RecordsHttpTests.SaveCaseAsync(bot);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", AcceptDownloads = true });
        var downloads = new ConcurrentQueue<string>();
        context.Request += (_, request) =>
        {
            if (request.Url.Contains(RecordLinks.DownloadPath, StringComparison.Ordinal))
            {
                downloads.Enqueue(request.Url);
            }
        };
        var warnings = new List<string>();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);
        page.Console += (_, message) => warnings.Add(message.Text);

        // The Korean page tells the bot its language: it greets in Korean with the menu, without asking.
        await page.GotoAsync(new Uri(bot.BaseAddress, "/?lang=ko").ToString());
        await page.GetByText("무엇을 도와드릴까요?", new PageGetByTextOptions { Exact = false }).First.WaitForAsync();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await SendAsync(input, "사건 코드가 있어요");
        await page.GetByText("사건 코드를 적어 주세요", new PageGetByTextOptions { Exact = false }).First.WaitForAsync();
        await SendAsync(input, CaseCode.Format(code));
        await page.GetByText("기록을 찾았어요.").First.WaitForAsync();
        await SendAsync(input, "내 기록 받기");

        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "기록 내려받기 (PDF)" }).Last;
        await button.WaitForAsync();
        await button.ClickAsync();
        for (var i = 0; i < 100 && downloads.IsEmpty; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(downloads.TryPeek(out var url), "Web Chat did not open the link: " + string.Join(" | ", warnings));
        Assert.StartsWith(bot.BaseAddress.ToString().TrimEnd('/') + RecordLinks.DownloadPath, url, StringComparison.Ordinal);

        // The browser used the link: it cannot be used again.
        HttpStatusCode status = HttpStatusCode.OK;
        for (var i = 0; i < 50 && status != HttpStatusCode.NotFound; i++)
        {
            using var again = await bot.Http.GetAsync(url);
            status = again.StatusCode;
            if (status != HttpStatusCode.NotFound)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(warnings, w => w.Contains("disallowed", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task SendAsync(ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }
}
