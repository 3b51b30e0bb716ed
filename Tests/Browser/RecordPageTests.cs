using Microsoft.Playwright;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Records;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Browser;

/// <summary>The page KakaoTalk links to: the survivor types their code and gets the signed PDF.</summary>
[Slow]
public sealed class RecordPageTests
{
    [Fact]
    public async Task Typing_the_case_code_on_the_record_page_downloads_a_signed_Korean_pdf_and_a_wrong_code_is_told_kindly()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await RecordsHttpTests.SaveCaseAsync(bot);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(bot.BaseAddress + "record");

        await page.Locator("#rr-case-code").FillAsync("ABCD EFGH JK");
        await page.Locator("#rr-code button[value=pdf]").ClickAsync();
        await page.GetByText("그 코드로 저장된 기록을 찾지 못했어요.", new PageGetByTextOptions { Exact = false }).WaitForAsync();

        await page.Locator("#rr-case-code").FillAsync(code.ToLowerInvariant());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#rr-code button[value=pdf]").ClickAsync());
        var path = await download.PathAsync();
        var pdf = await File.ReadAllBytesAsync(path);

        Assert.Contains("모르는 계정이 제 얼굴을 합성한 사진을 단톡방에 올렸어요.", RecordPdfTests.ExtractText(pdf), StringComparison.Ordinal);
        Assert.True((await RecordsHttpTests.VerifyAsync(bot, pdf))["valid"]!.GetValue<bool>());
        await page.GetByText("기록을 받았어요.").WaitForAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        Assert.DoesNotContain(code, page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(errors);
    }
}
