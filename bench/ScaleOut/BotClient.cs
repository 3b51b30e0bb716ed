using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Activity = Microsoft.Bot.Schema.Activity;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>Posts a survivor's message to one instance's /api/messages with <c>expectReplies</c> and times it.</summary>
internal sealed class BotClient(BotInstance instance) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = instance.BaseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public BotInstance Instance => instance;

    public HttpClient Http => _http;

    public async Task<TurnOutcome> SendAsync(string conversationId, string text, string serviceUrl = "http://127.0.0.1/unused")
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "scaleout",
            ServiceUrl = serviceUrl,
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = new ChannelAccount("survivor-" + conversationId, role: RoleTypes.User),
            Recipient = new ChannelAccount("reportbot", role: RoleTypes.Bot),
            Conversation = new ConversationAccount(id: conversationId),
            Text = text,
        };
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("/api/messages", content);
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var replies = response.StatusCode == HttpStatusCode.OK && body.Length > 0
                ? JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities?.ToList() ?? []
                : [];
            return new TurnOutcome(instance.Name, activity.Id, text, (int)response.StatusCode, replies, ms);
        }
        catch (HttpRequestException)
        {
            return new TurnOutcome(instance.Name, activity.Id, text, 0, [], Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public void Dispose() => _http.Dispose();
}
