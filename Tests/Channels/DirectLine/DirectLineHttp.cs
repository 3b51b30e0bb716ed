using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ReportBot.Tests.Channels.DirectLine;

/// <summary>Exact Direct Line 3.0 HTTP calls, as botframework-directlinejs makes them, with the raw JSON answers.</summary>
public sealed class DirectLineHttp(HttpClient http)
{
    public Task<(HttpStatusCode Status, JsonObject? Body)> GenerateAsync(string bearer, string? body = null) =>
        SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer, body);

    public Task<(HttpStatusCode Status, JsonObject? Body)> RefreshAsync(string bearer) =>
        SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", bearer, null);

    public Task<(HttpStatusCode Status, JsonObject? Body)> StartAsync(string bearer, string locale = "ko-KR") =>
        SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer, $$"""{"user":{"id":"r_webchat"},"locale":"{{locale}}"}""");

    public Task<(HttpStatusCode Status, JsonObject? Body)> ReconnectAsync(string bearer, string conversationId, string watermark = "") =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", bearer, null);

    public Task<(HttpStatusCode Status, JsonObject? Body)> GetActivitiesAsync(string bearer, string conversationId, string? watermark = null) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark), bearer, null);

    /// <summary>Posts a message the way Web Chat does: its own channel id, a client-side user id and a clientActivityID.</summary>
    public Task<(HttpStatusCode Status, JsonObject? Body)> PostMessageAsync(string bearer, string conversationId, string text, string clientActivityId)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = "r_webchat", ["name"] = "", ["role"] = "user" },
            ["locale"] = "ko-KR",
            ["localTimezone"] = "Asia/Seoul",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
            ["timestamp"] = "2001-01-01T00:00:00Z",
            ["id"] = "client-chosen-id",
        };
        return SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, activity.ToJsonString());
    }

    public async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, string? bearer, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs 0.15.5)");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text) as JsonObject);
    }
}
