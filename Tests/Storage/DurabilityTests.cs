using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>Nothing a survivor said is lost: storage outages, a killed process, two instances.</summary>
[Slow]
public sealed class DurabilityTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Dictionary<string, string?> Track(Dictionary<string, string?> settings)
    {
        _folders.Add(settings["Storage:LocalPath"]!);
        return settings;
    }

    private static CancellationToken Within(int seconds) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    [Fact]
    public async Task Turns_during_a_storage_outage_are_answered_kindly_and_every_line_reaches_the_transcript_once_in_order()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        await using var bot = await RunningBot.StartAsync(Track(StorageStack.NewSettings(azurite)));
        var expected = new List<string>();

        async Task SayAsync(string text)
        {
            expected.Add(text);
            expected.AddRange((await bot.SendAsync("outage", text)).Select(r => r.Text));
        }

        await SayAsync("hello");
        await SayAsync("2");
        await azurite.StopAsync();
        foreach (var text in new[] { "are you there", "he sent it to my friends", "please keep this" })
        {
            var replies = await bot.SendAsync("outage", text);
            Assert.Contains("can't reach my storage", Assert.Single(replies).Text, StringComparison.Ordinal);
            expected.Add(text);
            expected.AddRange(replies.Select(r => r.Text));
        }

        using (var health = await bot.Http.GetAsync("/healthz"))
        {
            Assert.Contains("\"degraded\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await azurite.StartAgainAsync();
        await SayAsync("I'm back");
        await bot.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(Within(60));

        var stored = await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("test", "outage", CancellationToken.None);
        Assert.Equal(expected, stored.Select(a => a.Text));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("wait in the local outbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_answered_just_before_the_process_is_killed_is_in_the_transcript_and_the_conversation_goes_on()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var settings = Track(StorageStack.NewSettings(azurite));
        IReadOnlyList<string> firstReplies;
        await using (var first = await BotProcess.StartAsync(settings))
        {
            firstReplies = await first.SendAsync("killed", "hello");
            await first.KillAsync();
        }

        Assert.Contains(firstReplies, r => r.Contains("I never ask who you are", StringComparison.Ordinal));
        await using var second = await BotProcess.StartAsync(settings);
        var after = await second.SendAsync("killed", "2");

        // The language chosen before the crash still holds and the greeting is not repeated: the state survived.
        Assert.NotEmpty(after);
        Assert.DoesNotContain(after, r => r.Contains("I never ask who you are", StringComparison.Ordinal));
        Assert.DoesNotContain(after, r => r.Any(c => c is >= '\uAC00' and <= '\uD7A3'));

        await using var reader = new StorageStack(new Dictionary<string, string?>(settings) { ["Storage:LocalPath"] = Directory.CreateTempSubdirectory("reportbot-reader-").FullName });
        var expected = new List<string> { "hello" };
        expected.AddRange(firstReplies);
        expected.Add("2");
        expected.AddRange(after);
        IReadOnlyList<string?> stored = [];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            stored = (await reader.Get<TranscriptReader>().GetActivitiesAsync("test", "killed", CancellationToken.None)).Select(a => a.Text).ToList();
            if (stored.Count >= expected.Count)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task One_conversation_alternating_between_two_instances_keeps_one_state()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var shared = Track(StorageStack.NewSettings(azurite));
        var settingsB = Track(new Dictionary<string, string?>(shared) { ["Storage:LocalPath"] = Directory.CreateTempSubdirectory("reportbot-b-").FullName });
        await using var a = await RunningBot.StartAsync(shared);
        await using var b = await RunningBot.StartAsync(settingsB);

        var greeting = await a.SendAsync("shared", "hello");
        var fromB = await b.SendAsync("shared", "2");
        var fromA = await a.SendAsync("shared", "3");
        var fromBAgain = await b.SendAsync("shared", "1");

        Assert.Contains(greeting, r => r.Text.Contains("I never ask who you are", StringComparison.Ordinal));
        foreach (var replies in new[] { fromB, fromA, fromBAgain })
        {
            Assert.NotEmpty(replies);
            Assert.DoesNotContain(replies, r => r.Text.Contains("I never ask who you are", StringComparison.Ordinal));
            // Still in English: the language chosen on instance A holds on B (content may quote Korean statute names).
            Assert.DoesNotContain(replies, r => r.Text.Length > 0 && r.Text[0] is >= '\uAC00' and <= '\uD7A3');
        }
    }
}
