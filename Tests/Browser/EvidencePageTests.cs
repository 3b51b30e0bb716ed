using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Tests.Records;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Browser;

/// <summary>The evidence log and verify pages in a real Chromium, with every request the page makes logged.</summary>
[Slow]
public sealed class EvidencePageTests
{
    [Fact]
    public async Task The_evidence_page_logs_a_files_SHA_256_and_no_byte_of_the_file_crosses_the_network()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await RecordsHttpTests.SaveCaseAsync(bot);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ko-KR" });
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);
        var requests = new List<(string Method, string Url, byte[] Body)>();
        page.Request += (_, request) => requests.Add((request.Method, request.Url, request.PostDataBuffer ?? []));
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // A file only the survivor holds: random bytes with a marker, 256 KB.
        var file = RandomNumberGenerator.GetBytes(256 * 1024);
        var marker = Encoding.UTF8.GetBytes("PRIVATE-EVIDENCE-" + Guid.NewGuid().ToString("N"));
        marker.CopyTo(file, 1000);
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(file));

        await page.GotoAsync(bot.BaseAddress + "evidence");
        await page.Locator("#rr-case-code").FillAsync(CaseCode.Format(code));
        await page.Locator("#rr-code button[type=submit]").ClickAsync();
        await page.GetByText("아직 기록한 것이 없어요.").WaitForAsync();

        await page.Locator("#rr-picked").SetInputFilesAsync(new FilePayload { Name = "capture-2026-11-18.png", MimeType = "image/png", Buffer = file });
        await page.Locator("#rr-label").FillAsync("단톡방 캡처");
        await page.Locator("#rr-made").FillAsync("2026-11-18");
        await page.Locator("#rr-files button[type=submit]").ClickAsync();
        await page.GetByText(expectedHash, new PageGetByTextOptions { Exact = false }).WaitForAsync();

        await page.Locator("#rr-url").FillAsync("https://example.com/post/8841");
        await page.Locator("#rr-urls button[type=submit]").ClickAsync();
        await page.GetByText("https://example.com/post/8841").First.WaitForAsync();

        // The takedown text lists the address and is addressed to organisations from the legal content.
        var legal = bot.Services.GetRequiredService<LegalContentStore>().Content!;
        var centre = legal.Organisations.Single(o => o.Id == "digital-sex-crime-center").Name.Get(Language.Korean);
        var takedown = await page.Locator("#rr-takedown-list textarea").First.InputValueAsync();
        Assert.Contains(centre, takedown, StringComparison.Ordinal);
        Assert.Contains("https://example.com/post/8841", takedown, StringComparison.Ordinal);

        // What was sent: the digest and what the survivor typed, never the file, and only to the bot itself.
        Assert.All(requests, r => Assert.StartsWith(bot.BaseAddress.ToString(), r.Url, StringComparison.Ordinal));
        var evidencePosts = requests.Where(r => r.Url.EndsWith("/api/evidence", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, evidencePosts.Count);
        var filePost = JsonNode.Parse(evidencePosts[1].Body)!;
        var sent = Assert.Single(filePost["files"]!.AsArray())!.AsObject();
        Assert.Equal(["sha256", "size", "type", "label", "madeOn"], sent.Select(p => p.Key));
        Assert.Equal(expectedHash, sent["sha256"]!.GetValue<string>());
        Assert.Equal(file.Length, sent["size"]!.GetValue<long>());
        var fileStart = file.AsSpan(0, 64).ToArray();
        var base64Start = Encoding.ASCII.GetBytes(Convert.ToBase64String(file, 0, 48));
        foreach (var request in requests)
        {
            Assert.True(request.Body.Length < 4096, $"{request.Method} {request.Url} sent {request.Body.Length} bytes");
            Assert.False(request.Body.AsSpan().IndexOf(marker) >= 0, "the file's marker was sent");
            Assert.False(request.Body.AsSpan().IndexOf(fileStart) >= 0, "the file's first bytes were sent");
            Assert.False(request.Body.AsSpan().IndexOf(base64Start) >= 0, "the file was sent in base64");
            Assert.DoesNotContain("capture-2026-11-18", request.Url + Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
            Assert.DoesNotContain(code, request.Url, StringComparison.Ordinal);
        }

        // Stored in the case, with the time it was logged.
        var cases = bot.Services.GetRequiredService<CaseStore>();
        var stored = await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None);
        var logged = Assert.Single(stored!.Evidence!.Files);
        Assert.Equal(expectedHash, logged.Sha256);
        Assert.Equal("단톡방 캡처", logged.Label);
        Assert.Equal("2026-11-18", logged.ClaimedMadeOn);
        Assert.Equal("image/png", logged.MediaType);
        Assert.Equal("https://example.com/post/8841", Assert.Single(stored.Evidence.Urls).Url);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_verify_page_says_valid_for_a_record_and_not_valid_for_a_changed_copy()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await RecordsHttpTests.SaveCaseAsync(bot);
        using var response = await RecordsHttpTests.PostRecordAsync(bot, code, "application/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using var jsonResponse = await RecordsHttpTests.PostRecordAsync(bot, code, "application/json");
        var json = await jsonResponse.Content.ReadAsStringAsync();
        var changed = json.Replace("2026-11-18", "2026-11-17", StringComparison.Ordinal);
        Assert.NotEqual(json, changed);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        page.SetDefaultTimeout(Chromium.StepTimeoutMs);
        await page.GotoAsync(bot.BaseAddress + "verify");

        await page.Locator("#rr-file").SetInputFilesAsync(new FilePayload { Name = "record.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.Locator("#rr-verify button[type=submit]").ClickAsync();
        await page.Locator(".rr-valid").WaitForAsync();
        Assert.StartsWith("Valid. Signed at ", await page.Locator(".rr-valid").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByText("모르는 계정이 제 얼굴을 합성한 사진을 단톡방에 올렸어요.", new PageGetByTextOptions { Exact = false }).First.WaitForAsync();

        await page.Locator("#rr-file").SetInputFilesAsync(new FilePayload { Name = "record.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(changed) });
        await page.Locator("#rr-verify button[type=submit]").ClickAsync();
        await page.Locator(".rr-invalid").WaitForAsync();
        Assert.Equal(0, await page.Locator(".rr-valid").CountAsync());
    }
}
