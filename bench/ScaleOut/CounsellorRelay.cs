using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// A survivor talks through instance B; a counsellor signs in, claims, writes and ends through instance A's API
/// (polling for the survivor's messages, as the console does when SignalR is not shared). Everything the two
/// say must arrive once, and the bot must answer again on B once the counsellor ended on A.
/// </summary>
internal sealed class CounsellorRelay(BotClient consoleSide, BotClient survivorSide, SurvivorChannel channel, string counsellor, string password)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    public async Task<RelayResult> RunAsync(int handoffs)
    {
        var result = new RelayResult(handoffs, 0, 0, [], [], []);
        var token = await LoginAsync();
        var completed = 0;
        var lost = 0;
        for (var i = 0; i < handoffs; i++)
        {
            var (done, lostHere) = await OneAsync(token, $"relay-{Guid.NewGuid():N}"[..20], i, result);
            completed += done ? 1 : 0;
            lost += lostHere;
        }

        return result with { Completed = completed, LostMessages = lost };
    }

    private async Task<(bool Completed, int Lost)> OneAsync(string token, string conversationId, int round, RelayResult result)
    {
        // The console checks in first, so instance B sees (in Blob storage) that a counsellor is online.
        await CallAsync(HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        await survivorSide.SendAsync(conversationId, "hello", channel.ServiceUrl);
        var asked = await survivorSide.SendAsync(conversationId, "I want to talk to a counsellor", channel.ServiceUrl);
        if (!asked.ReplyTexts.Any(t => t.Contains("in the queue", StringComparison.Ordinal)))
        {
            Console.Error.WriteLine("  relay: instance B did not queue the survivor: " + string.Join(" | ", asked.ReplyTexts));
            return (false, 0);
        }

        var (_, waiting) = await CallAsync(HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        if (waiting.ValueKind != JsonValueKind.Array || waiting.GetArrayLength() != 1)
        {
            Console.Error.WriteLine("  relay: instance A does not see exactly one waiting survivor");
            return (false, 0);
        }

        var id = waiting[0].GetProperty("id").GetString()!;
        var clock = Stopwatch.StartNew();
        var (claimStatus, _) = await CallAsync(HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token);
        var joined = await channel.NextAsync();
        result.ClaimToJoinedMs.Add(clock.Elapsed.TotalMilliseconds);
        if (claimStatus != HttpStatusCode.OK || !(joined.Text ?? string.Empty).Contains("A counsellor has joined", StringComparison.Ordinal))
        {
            return (false, 1);
        }

        var lost = 0;
        var toSurvivor = $"Hello, I'm here with you ({round}).";
        clock.Restart();
        var (sendStatus, _) = await CallAsync(HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = toSurvivor });
        var received = await channel.NextAsync();
        result.CounsellorToSurvivorMs.Add(clock.Elapsed.TotalMilliseconds);
        lost += sendStatus == HttpStatusCode.OK && received.Text == "Counsellor: " + toSurvivor ? 0 : 1;

        var toCounsellor = $"thank you, it happened at work ({round})";
        clock.Restart();
        var relayed = await survivorSide.SendAsync(conversationId, toCounsellor, channel.ServiceUrl);
        var seen = await PollForSurvivorAsync(token, id, toCounsellor);
        result.SurvivorToCounsellorMs.Add(clock.Elapsed.TotalMilliseconds);
        lost += relayed.Status == 200 && seen ? 0 : 1;

        var (_, all) = await CallAsync(HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=0", token);
        var order = all.ValueKind == JsonValueKind.Array ? all.EnumerateArray().Select(m => m.GetProperty("from").GetString()).ToList() : [];
        lost += order.SequenceEqual(["counsellor", "survivor"]) ? 0 : 1;

        var (endStatus, _) = await CallAsync(HttpMethod.Post, $"/api/counsellor/handoffs/{id}/end", token);
        var ended = await channel.NextAsync();
        lost += endStatus == HttpStatusCode.OK && (ended.Text ?? string.Empty).Contains("The counsellor has finished", StringComparison.Ordinal) ? 0 : 1;

        var back = await survivorSide.SendAsync(conversationId, "ok", channel.ServiceUrl);
        var botAgain = back.Replies.Any(a => a.SuggestedActions?.Actions?.Any(x => x.Title == "Talk to a counsellor") == true);
        if (!botAgain)
        {
            Console.Error.WriteLine("  relay: the bot did not answer again on B after the counsellor ended on A");
        }

        return (botAgain, lost);
    }

    private async Task<bool> PollForSurvivorAsync(string token, string id, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var (_, messages) = await CallAsync(HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=1", token);
            if (messages.ValueKind == JsonValueKind.Array && messages.EnumerateArray().Any(m => m.GetProperty("from").GetString() == "survivor" && m.GetProperty("text").GetString() == text))
            {
                return true;
            }

            await Task.Delay(PollEvery);
        }

        return false;
    }

    private async Task<string> LoginAsync()
    {
        using var response = await consoleSide.Http.PostAsJsonAsync("/api/counsellor/login", new { name = counsellor, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await consoleSide.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
