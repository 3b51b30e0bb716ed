using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ReportBot.Benchmarks.Abuse;

/// <summary>
/// One client of the bot's public surfaces, seen as coming from <see cref="Address"/> (sent as X-Forwarded-For to a
/// bot that trusts loopback as its proxy), so one machine can play many visitors. Loopback only.
/// </summary>
internal sealed class AbuseClient(HttpClient http, string address)
{
    public string Address { get; } = address;

    public async Task<(HttpStatusCode Status, string Body, double Ms)> SendAsync(HttpMethod method, string path, string? body, string? bearer = null, string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", Address);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, text, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>What the web chat page does: a token from the page's endpoint, then a conversation. Null when refused.</summary>
    public async Task<(string Token, string ConversationId)?> StartConversationAsync(CancellationToken cancellationToken)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/api/webchat/token", "{}", cancellationToken: cancellationToken);
        if (status != HttpStatusCode.OK)
        {
            return null;
        }

        var token = (string)JsonNode.Parse(body)!["token"]!;
        var (started, conversation, _) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", "{\"locale\":\"ko-KR\"}", token, cancellationToken: cancellationToken);
        return started is HttpStatusCode.Created or HttpStatusCode.OK
            ? ((string)JsonNode.Parse(conversation)!["token"]!, (string)JsonNode.Parse(conversation)!["conversationId"]!)
            : null;
    }

    public Task<(HttpStatusCode Status, string Body, double Ms)> PostMessageAsync(string token, string conversationId, string text, string clientActivityId, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "r_webchat", ["role"] = "user" },
            ["locale"] = "ko-KR",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };
        return SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", activity.ToJsonString(), token, cancellationToken: cancellationToken);
    }

    /// <summary>Every clientActivityID echoed back in the conversation (paged by watermark).</summary>
    public async Task<HashSet<string>> EchoedIdsAsync(string token, string conversationId, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var watermark = string.Empty;
        while (true)
        {
            var (status, body, _) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", null, token, cancellationToken: cancellationToken);
            if (status != HttpStatusCode.OK)
            {
                return ids;
            }

            var set = JsonNode.Parse(body)!;
            var activities = set["activities"]!.AsArray();
            foreach (var activity in activities)
            {
                if ((string?)activity!["channelData"]?["clientActivityID"] is { } id)
                {
                    ids.Add(id);
                }
            }

            if (activities.Count == 0)
            {
                return ids;
            }

            watermark = (string)set["watermark"]!;
        }
    }
}
