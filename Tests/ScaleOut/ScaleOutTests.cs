using System.Net;
using ReportBot.Tests.Handoff;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.ScaleOut;

/// <summary>
/// Growing from one instance to two changes nothing a survivor or a counsellor notices: two instances on one
/// Blob container, conversations alternating between them and racing (two tabs), counsellor and survivor on
/// different instances. No turn or message is lost; the state stays one.
/// </summary>
[Slow]
public sealed class ScaleOutTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    private const int Conversations = 8;

    // Paging through legal information moves the position by exactly one per accepted turn, so a lost or doubled
    // state write shows as a wrong page. A race sends the same message to both instances at the same moment.
    private static readonly (string Text, bool Race)[] Script =
    [
        ("안녕하세요", false), ("2", false), ("English", false), ("2", false), ("next", true), ("한국어", false), ("다음", true),
    ];

    [Fact]
    public async Task Conversations_alternating_and_racing_between_two_instances_lose_no_turn_or_message_and_keep_one_state()
    {
        await using var pair = await TwoInstances.StartAsync(fixture.Azurite);

        // What one instance answers when the same messages come one at a time: the consistent answer.
        var reference = new List<List<string>>();
        foreach (var (text, race) in Script)
        {
            reference.Add([]);
            for (var i = 0; i < (race ? 2 : 1); i++)
            {
                reference[^1].Add(string.Join("\n", (await TwoInstances.SendAsync(pair.A, "reference", text)).Replies));
            }
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => DriveAsync(pair, $"conv-{c}", c)));

        Assert.True(pair.ConflictRetries() > 0, "the races should have made at least one turn re-run on the newer state");
        foreach (var (conversationId, steps) in runs)
        {
            // One consistent state: each step answered exactly as the one-at-a-time reference; a race's two answers
            // are the two consecutive pages, in either order (the English chosen on one instance holds on the other).
            for (var k = 0; k < Script.Length; k++)
            {
                Assert.Equal(reference[k].Order(StringComparer.Ordinal), steps[k].Select(t => string.Join("\n", t.Replies)).Order(StringComparer.Ordinal));
            }

            // Pages read "n/total"; the total follows the legal content, which its editors change.
            var total = steps[4][0].Replies[^1].Split(' ')[0].Split('/')[1];
            var raced = steps[4].Select(t => t.Replies[^1].Split(' ')[0]).Order(StringComparer.Ordinal);
            Assert.Equal([$"2/{total}", $"3/{total}"], raced);
            Assert.Equal([$"4/{total}", $"5/{total}"], steps[6].Select(t => t.Replies[^1].Split(' ')[0]).Order(StringComparer.Ordinal));
            Assert.StartsWith($"3/{total} · 증거", steps[5][0].Replies[^1], StringComparison.Ordinal);

            // No lost or doubled message: every survivor message stored once, in the order sent, with every reply.
            var sent = steps.SelectMany(s => s).ToList();
            var stored = await pair.TranscriptAsync(conversationId, sent.Count + sent.Sum(t => t.Replies.Count));
            var sentIds = sent.Select(t => t.Id).ToHashSet();
            var storedSurvivor = stored.Where(a => a.Id is not null && sentIds.Contains(a.Id)).Select(a => a.Id!).ToList();
            Assert.Equal(sent.Count, storedSurvivor.Count);
            Assert.Equal(sent.Count, storedSurvivor.Distinct().Count());
            var position = 0;
            foreach (var step in steps)
            {
                Assert.Equal(step.Select(t => t.Id).Order(), storedSurvivor.Skip(position).Take(step.Count).Order());
                position += step.Count;
            }

            Assert.Equal(sent.Sum(t => t.Replies.Count), stored.Count - storedSurvivor.Count);
        }
    }

    [Fact]
    public async Task A_counsellor_on_one_instance_and_a_survivor_on_the_other_hear_each_other_and_the_bot_answers_again_after()
    {
        await using var pair = await TwoInstances.StartAsync(fixture.Azurite, "mina", "jisoo");
        await using var channel = await LoopbackChannel.StartAsync();
        var token = await LoginAsync(pair.A, "mina");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(pair.A, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Status);

        // Instance B sees in Blob storage that a counsellor signed in on A is online, and queues the survivor.
        await SurvivorSaysAsync(pair.B, channel.ServiceUrl, "conv-relay", "hello");
        var asked = await SurvivorSaysAsync(pair.B, channel.ServiceUrl, "conv-relay", "I want to talk to a counsellor");
        Assert.Contains("You are number 1 in the queue", Texts(asked), StringComparison.Ordinal);

        var (_, waiting) = await CallAsync(pair.A, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        var id = Assert.Single(waiting.EnumerateArray()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(pair.A, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token)).Status);
        Assert.Contains("A counsellor has joined", (await channel.NextAsync()).Text, StringComparison.Ordinal);
        // Another counsellor on B cannot take the same survivor.
        Assert.Equal(HttpStatusCode.Conflict, (await CallAsync(pair.B, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", await LoginAsync(pair.B, "jisoo"))).Status);

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(pair.A, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = "Hello, I'm Mina. I'm here with you." })).Status);
        Assert.Equal("Counsellor: Hello, I'm Mina. I'm here with you.", (await channel.NextAsync()).Text);

        // The survivor answers through B (the bot stays quiet); the console on A sees it by polling.
        Assert.Empty(await SurvivorSaysAsync(pair.B, channel.ServiceUrl, "conv-relay", "thank you, it happened at work"));
        var (_, messages) = await CallAsync(pair.A, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=1", token);
        var reply = Assert.Single(messages.EnumerateArray());
        Assert.Equal(("survivor", "thank you, it happened at work"), (reply.GetProperty("from").GetString(), reply.GetProperty("text").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(pair.A, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/end", token)).Status);
        Assert.Contains("The counsellor has finished", (await channel.NextAsync()).Text, StringComparison.Ordinal);
        var back = await SurvivorSaysAsync(pair.B, channel.ServiceUrl, "conv-relay", "ok");
        Assert.Contains(back, a => a.SuggestedActions?.Actions.Any(x => x.Title == "Talk to a counsellor") == true);
    }

    private static async Task<(string ConversationId, List<List<(string Id, IReadOnlyList<string> Replies)>> Steps)> DriveAsync(TwoInstances pair, string conversationId, int offset)
    {
        var steps = new List<List<(string Id, IReadOnlyList<string> Replies)>>();
        for (var k = 0; k < Script.Length; k++)
        {
            var (first, second) = (k + offset) % 2 == 0 ? (pair.A, pair.B) : (pair.B, pair.A);
            var (text, race) = Script[k];
            steps.Add(race
                ? [.. await Task.WhenAll(TwoInstances.SendAsync(first, conversationId, text), TwoInstances.SendAsync(second, conversationId, text))]
                : [await TwoInstances.SendAsync(first, conversationId, text)]);
        }

        return (conversationId, steps);
    }
}
