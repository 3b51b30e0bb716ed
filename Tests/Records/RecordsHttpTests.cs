using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Records;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Tests.Channels.Kakao;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Records;

/// <summary>Issue 18 over real HTTP: records by case code from any channel, verification, throttling, erasure.</summary>
[Slow]
public sealed class RecordsHttpTests
{
    [Fact]
    public async Task A_record_of_a_case_made_in_KakaoTalk_opens_on_the_web_as_json_and_pdf_and_verifies()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Records:PublicBaseUrl"] = "https://reportbot.example.org" });
        var kakao = new KakaoConversation(new KakaoSkillClient(bot, userId: "kakao-survivor-record-01"), bot.Services.GetRequiredService<ITextCatalog>());
        await kakao.SayAsync("안녕하세요");
        await kakao.TapAsync("겪은 일 기록하기");
        await kakao.SayAsync("3");
        await kakao.SayAsync("모르는 번호로 제 사진이 합성돼서 왔어요.");
        await kakao.SayAsync("다 했어요");
        await kakao.SayAsync("어제");
        await kakao.SayAsync("서울");
        for (var i = 0; i < 5; i++)
        {
            await kakao.SayAsync("건너뛰기");
        }

        var code = ReportWalk.CaseCodeIn(await kakao.TapAsync(kakao.QuickReplies[0].MessageText));
        await kakao.SayAsync("아니요");

        // In KakaoTalk the case menu points to the page where the code is typed, at the service's public address.
        await kakao.SayAsync("사건 코드가 있어요");
        await kakao.SayAsync(code);
        var linkReply = await kakao.SayAsync("내 기록 받기");
        Assert.Contains("https://reportbot.example.org/record", linkReply, StringComparison.Ordinal);
        Assert.DoesNotContain("/records/download/", linkReply, StringComparison.Ordinal);
        using (var page = await bot.Http.GetAsync("/record"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("사건 코드", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var json = await PostRecordAsync(bot, code, "application/json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.True(json.Headers.CacheControl?.NoStore);
        var body = await json.Content.ReadAsStringAsync();
        var signed = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(["record", "keyId", "signedAt", "signature"], signed.Select(p => p.Key));
        var entries = signed["record"]!["entries"]!.AsArray();
        Assert.Contains(entries, e => e!["text"]!.GetValue<string>() == "모르는 번호로 제 사진이 합성돼서 왔어요.");
        Assert.Contains(entries, e => e!["text"]!.GetValue<string>().StartsWith("적은 그대로: 어제\n이해한 날짜: 20", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.EndsWith("+09:00", e!["recordedAt"]!["korea"]!.GetValue<string>(), StringComparison.Ordinal));

        var verified = await VerifyAsync(bot, Encoding.UTF8.GetBytes(body));
        Assert.True(verified["valid"]!.GetValue<bool>());
        Assert.Equal(signed["signedAt"]!.GetValue<string>(), verified["signedAt"]!.GetValue<string>());

        using var pdf = await PostRecordAsync(bot, CaseCode.Format(code).ToLowerInvariant(), "application/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.True(pdf.Headers.CacheControl?.NoStore);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Contains("모르는 번호로 제 사진이 합성돼서 왔어요.", RecordPdfTests.ExtractText(bytes), StringComparison.Ordinal);
        Assert.Contains("https://reportbot.example.org/verify", RecordPdfTests.ExtractText(bytes), StringComparison.Ordinal);
        Assert.True((await VerifyAsync(bot, bytes))["valid"]!.GetValue<bool>());

        Assert.DoesNotContain(code, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("합성돼서", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_keys_are_published_as_a_jwks_with_key_ids()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await SaveCaseAsync(bot);
        using (await PostRecordAsync(bot, code, "application/json"))
        {
        }

        var jwks = JsonNode.Parse(await bot.Http.GetStringAsync(CaseRecords.KeysPath))!;
        var key = Assert.Single(jwks["keys"]!.AsArray())!;
        Assert.Equal("EC", key["kty"]!.GetValue<string>());
        Assert.Equal("P-256", key["crv"]!.GetValue<string>());
        Assert.Equal("ES256", key["alg"]!.GetValue<string>());
        Assert.Equal(bot.Services.GetRequiredService<RecordKeyRing>().CurrentKeyId, key["kid"]!.GetValue<string>());
        Assert.Null(key["d"]);
    }

    [Fact]
    public async Task Wrong_codes_get_404_and_after_as_many_as_chat_allows_even_the_right_code_waits()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Cases:MaxCodeAttempts"] = "3" });
        var code = await SaveCaseAsync(bot);

        using (var malformed = await bot.Http.PostAsync(RecordsEndpoints.RecordsPath, new StringContent("{\"case\":", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await PostRecordAsync(bot, "ABCD-EFGH-JK", "application/json");
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
            Assert.True(wrong.Headers.CacheControl?.NoStore);
        }

        using var paused = await PostRecordAsync(bot, code, "application/json");
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.NotNull(paused.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_one_time_link_downloads_the_pdf_once()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await SaveCaseAsync(bot);
        var cases = bot.Services.GetRequiredService<CaseStore>();
        var link = await bot.Services.GetRequiredService<RecordLinks>().RecordLinkAsync((await cases.KeyForAsync(code, CancellationToken.None))!, "directline", CancellationToken.None);
        Assert.True(link.OneTime);

        using var first = await bot.Http.GetAsync(link.Url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.NoStore);
        using var second = await bot.Http.GetAsync(link.Url);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Contains("이미 쓰였거나", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_case_removes_the_evidence_log_the_links_and_every_way_to_a_record()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await SaveCaseAsync(bot);
        var caseKey = (await bot.Services.GetRequiredService<CaseStore>().KeyForAsync(code, CancellationToken.None))!;
        using (var logged = await bot.Http.PostAsync("/api/evidence", Json(new JsonObject
        {
            ["caseCode"] = code,
            ["files"] = new JsonArray(new JsonObject { ["sha256"] = new string('c', 64), ["size"] = 10, ["label"] = "캡처" }),
        })))
        {
            Assert.Equal(HttpStatusCode.OK, logged.StatusCode);
        }

        var link = await bot.Services.GetRequiredService<RecordLinks>().RecordLinkAsync(caseKey, "directline", CancellationToken.None);
        var store = bot.Services.GetRequiredService<IObjectStore>();
        var scope = bot.Services.GetRequiredService<EncryptedBotStorage>().ScopeOf(caseKey);
        Assert.NotNull(await store.ReadAsync(ObjectNames.State(scope), CancellationToken.None));

        await bot.SendAsync("c-record-delete", "안녕하세요");
        await bot.SendAsync("c-record-delete", "사건 코드가 있어요");
        await bot.SendAsync("c-record-delete", code);
        await bot.SendAsync("c-record-delete", "기록 삭제하기");
        var receipt = string.Join("\n", (await bot.SendAsync("c-record-delete", "예")).Select(a => a.Text));
        Assert.Contains("삭제", receipt, StringComparison.Ordinal);

        using (var record = await PostRecordAsync(bot, code, "application/json"))
        {
            Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
        }

        using (var download = await bot.Http.GetAsync(link.Url))
        {
            Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        }

        Assert.Null(await store.ReadAsync(ObjectNames.State(scope), CancellationToken.None));
        Assert.Null(await store.ReadAsync(ObjectNames.Key(scope), CancellationToken.None));
        await foreach (var left in store.ListAsync(RecordLinks.Prefix, CancellationToken.None))
        {
            Assert.Fail("A one-time link is left: " + left.Name);
        }
    }

    [Fact]
    public async Task Bad_input_to_every_records_endpoint_gets_a_clear_answer_and_never_a_server_error()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = await SaveCaseAsync(bot);

        foreach (var garbage in new[] { "", "{", "{\"keyId\":1,\"keyId\":2}", "%PDF-1.7 nothing", new string('[', 3000) })
        {
            var answer = await VerifyAsync(bot, Encoding.UTF8.GetBytes(garbage));
            Assert.False(answer["valid"]!.GetValue<bool>());
        }

        async Task<HttpStatusCode> EvidenceAsync(string body)
        {
            using var response = await bot.Http.PostAsync("/api/evidence", new StringContent(body, Encoding.UTF8, "application/json"));
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.BadRequest, await EvidenceAsync("[]"));
        Assert.Equal(HttpStatusCode.BadRequest, await EvidenceAsync("{\"caseCode\": 7}"));
        Assert.Equal(HttpStatusCode.BadRequest, await EvidenceAsync($"{{\"caseCode\":\"{code}\",\"files\":[{{\"sha256\":\"not-a-hash\",\"size\":1}}]}}"));
        Assert.Equal(HttpStatusCode.BadRequest, await EvidenceAsync($"{{\"caseCode\":\"{code}\",\"url\":\"javascript:alert(1)\"}}"));
        Assert.Equal(HttpStatusCode.OK, await EvidenceAsync($"{{\"caseCode\":\"{code}\",\"url\":\"https://example.com/a\"}}"));
        Assert.Equal(HttpStatusCode.NotFound, await EvidenceAsync("{\"caseCode\":\"ABCD-EFGH-JK\"}"));
        using var page = await bot.Http.GetAsync(RecordLinks.DownloadPath + "not-a-link");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task A_case_saved_before_records_existed_still_opens_and_gives_a_record_dated_from_its_first_save()
    {
        await using var bot = await RunningBot.StartAsync();
        var code = CaseCode.Generate();
        var key = (await bot.Services.GetRequiredService<CaseStore>().KeyForAsync(code, CancellationToken.None))!;

        // A case as the previous version stored it: no part times, no evidence log.
        var old = Newtonsoft.Json.Linq.JObject.Parse("""
            {
              "Report": { "Types": ["Stalking"], "Narrative": ["전 연인이 회사 앞에서 계속 기다려요."], "Additions": [] },
              "CreatedAt": "2026-10-02T01:00:00+00:00",
              "UpdatedAt": "2026-10-02T01:00:00+00:00",
              "Language": "ko"
            }
            """);
        await bot.Services.GetRequiredService<Microsoft.Bot.Builder.IStorage>().WriteAsync(new Dictionary<string, object> { [key] = old });

        using var response = await PostRecordAsync(bot, code, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["record"]!["entries"]!.AsArray();
        Assert.Equal(["report.types", "report.narrative"], entries.Select(e => e!["kind"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal("2026-10-02T10:00:00+09:00", e!["recordedAt"]!["korea"]!.GetValue<string>()));
    }

    internal static async Task<string> SaveCaseAsync(RunningBot bot, StoredCase? template = null)
    {
        var report = (template ?? RecordsHarness.KoreanCase()).Report;
        var (code, _) = await bot.Services.GetRequiredService<CaseStore>().CreateAsync(report, "ko", CancellationToken.None);
        return code;
    }

    internal static Task<HttpResponseMessage> PostRecordAsync(RunningBot bot, string code, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, RecordsEndpoints.RecordsPath) { Content = Json(new JsonObject { ["caseCode"] = code }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return bot.Http.SendAsync(request);
    }

    internal static async Task<JsonNode> VerifyAsync(RunningBot bot, byte[] file)
    {
        using var response = await bot.Http.PostAsync(RecordsEndpoints.VerifyApiPath, new ByteArrayContent(file));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
