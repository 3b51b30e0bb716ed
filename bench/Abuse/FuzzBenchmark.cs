using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ReportBot.Bot.Handoff.Auth;

namespace ReportBot.Benchmarks.Abuse;

/// <summary>
/// <c>bench fuzz</c>: at least 10,000 generated and mutated requests across /api/messages, /v3/directline, /api/kakao
/// and the counsellor API. Passes when no answer is a 500, every answer is a documented status code, and afterwards
/// the bot is healthy and still holds a conversation. Loopback only; bounded by <c>--requests</c>.
/// </summary>
internal static class FuzzBenchmark
{
    // 501: the Bot Framework adapter's answer to an invoke activity the bot does not handle.
    private static readonly HashSet<int> Documented = [200, 201, 202, 204, 400, 401, 403, 404, 405, 409, 413, 415, 429, 501, 502, 503];

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = BenchArgs.Option(args, "--requests", 10_000);
        var seed = BenchArgs.Option(args, "--seed", 15);
        var (server, data) = await AbuseServer.StartAsync(
            folder => new CounsellorAccounts(folder).AddAsync("mina", "correct horse battery staple", DateTimeOffset.UtcNow, CancellationToken.None),
            "--Handoff:AlwaysOpen=true", "--Counsellor:SignInsPerAddressPerMinute=1000", "--Counsellor:SignInsPerAccountPerMinute=1000");
        await using var owned = server;
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var client = new AbuseClient(http, AbuseServer.Visitor(1));
        var (_, login, _) = await client.SendAsync(HttpMethod.Post, "/api/counsellor/login", "{\"name\":\"mina\",\"password\":\"correct horse battery staple\"}", cancellationToken: cancel.Token);
        var counsellorToken = (string?)JsonNode.Parse(login)?["token"];
        var (_, started, _) = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", "{}", AbuseServer.DirectLineSecret, cancellationToken: cancel.Token);
        var dlToken = (string)JsonNode.Parse(started)!["token"]!;
        var dlConversation = (string)JsonNode.Parse(started)!["conversationId"]!;

        var statuses = new ConcurrentDictionary<string, int>();
        var undocumented = new ConcurrentBag<string>();
        var serverErrors = 0;
        var next = -1;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var cases = new FuzzCases(new Random(seed * 100 + w), AbuseServer.DirectLineSecret);
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var visitor = new AbuseClient(http, AbuseServer.Visitor(i % 400));
                var (route, method, path, body, bearer, contentType) = Generate(cases, i, dlToken, dlConversation, counsellorToken);
                HttpStatusCode status;
                try
                {
                    (status, _, _) = await visitor.SendAsync(method, path, body, bearer, contentType, cancel.Token);
                }
                catch (HttpRequestException)
                {
                    // The server closed the connection (e.g. a body over the size limit): no answer, no 500.
                    statuses.AddOrUpdate(route + " closed", 1, (_, c) => c + 1);
                    continue;
                }

                statuses.AddOrUpdate($"{route} {(int)status}", 1, (_, c) => c + 1);
                if ((int)status == 500)
                {
                    Interlocked.Increment(ref serverErrors);
                }

                if (!Documented.Contains((int)status))
                {
                    undocumented.Add($"{method} {route} -> {(int)status}");
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;

        var health = await http.GetAsync("/healthz", cancel.Token);
        var survivor = new AbuseClient(http, AbuseServer.Visitor(30_000));
        var alive = await survivor.StartConversationAsync(cancel.Token) is { } conversation
            && (await survivor.PostMessageAsync(conversation.Token, conversation.ConversationId, LoadRunner.Script[0], "after-fuzz", cancel.Token)).Status == HttpStatusCode.OK;
        var running = server.Running;
        data.Delete(recursive: true);

        foreach (var line in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {line.Key,-28} {line.Value,6}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {requests} requests in {seconds:F0} s; 500s: {serverErrors}; undocumented statuses: {undocumented.Count} {string.Join("; ", undocumented.Distinct().Take(10))}"));
        Console.WriteLine($"after: health {(int)health.StatusCode}, process running {running}, a new conversation works {alive}");
        var ok = serverErrors == 0 && undocumented.IsEmpty && health.StatusCode == HttpStatusCode.OK && alive && running;
        Console.WriteLine(ok ? "fuzz: all targets met" : "fuzz: a target was missed");
        return ok ? 0 : 3;
    }

    private static (string Route, HttpMethod Method, string Path, string? Body, string? Bearer, string ContentType) Generate(
        FuzzCases cases, int i, string dlToken, string dlConversation, string? counsellorToken)
    {
        var json = "application/json";
        var contentType = i % 17 == 0 ? cases.Pick("text/plain", "application/xml", "multipart/form-data; boundary=x") : json;
        switch (i % 4)
        {
            case 0:
                return ("/api/messages", HttpMethod.Post, "/api/messages", cases.Body(cases.Activity("fuzz-" + (i % 40))), null, contentType);
            case 1:
                var token = cases.Token(dlToken);
                return (i / 4 % 8) switch
                {
                    0 => ("dl tokens/generate", HttpMethod.Post, "/v3/directline/tokens/generate", cases.Body(new JsonObject { ["user"] = new JsonObject { ["id"] = "u" } }), cases.Token(AbuseServer.DirectLineSecret), contentType),
                    1 => ("dl tokens/refresh", HttpMethod.Post, "/v3/directline/tokens/refresh", null, token, json),
                    2 => ("dl conversations", HttpMethod.Post, "/v3/directline/conversations", cases.Body(new JsonObject { ["locale"] = "ko-KR" }), token, contentType),
                    3 => ("dl reconnect", HttpMethod.Get, $"/v3/directline/conversations/{cases.Pick(dlConversation, cases.Id())}?watermark={cases.Watermark()}", null, token, json),
                    4 => ("dl stream (no ws)", HttpMethod.Get, $"/v3/directline/conversations/{dlConversation}/stream?t={Uri.EscapeDataString(token)}", null, null, json),
                    5 => ("dl activities GET", HttpMethod.Get, $"/v3/directline/conversations/{dlConversation}/activities?watermark={cases.Watermark()}", null, token, json),
                    _ => ("dl activities POST", HttpMethod.Post, $"/v3/directline/conversations/{cases.Pick(dlConversation, dlConversation, cases.Id())}/activities", cases.Body(cases.Activity(dlConversation)), token, contentType),
                };
            case 2:
                return ("/api/kakao", HttpMethod.Post, "/api/kakao", cases.Body(cases.KakaoRequest()), null, contentType);
            default:
                var bearer = i % 3 == 0 ? cases.Pick("x", "Bearer", new string('a', 3000)) : counsellorToken;
                var id = cases.Id();
                return (i / 4 % 7) switch
                {
                    0 => ("counsellor login", HttpMethod.Post, "/api/counsellor/login", cases.Body(new JsonObject { ["name"] = "mina", ["password"] = "wrong" }), null, contentType),
                    1 => ("counsellor list", HttpMethod.Get, "/api/counsellor/handoffs?status=" + cases.Pick("waiting", "active", "x", ""), null, bearer, json),
                    2 => ("counsellor claim", HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", null, bearer, json),
                    3 => ("counsellor messages", HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after={cases.Pick("0", "-5", "x", "99999999999999999999")}", null, bearer, json),
                    4 => ("counsellor transcript", HttpMethod.Get, $"/api/counsellor/handoffs/{id}/transcript", null, bearer, json),
                    _ => ("counsellor send", HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", cases.Body(new JsonObject { ["text"] = "hello" }), bearer, contentType),
                };
        }
    }
}
