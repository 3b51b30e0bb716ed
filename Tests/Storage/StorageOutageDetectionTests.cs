using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>An outage is noticed when a request first fails to reach storage, not when the drainer next looks.</summary>
[Slow]
public sealed class StorageOutageDetectionTests
{
    [Fact]
    public async Task A_turn_that_cannot_reach_storage_makes_healthz_degraded_at_once_while_the_drainer_lingers_and_healthy_again_when_storage_returns()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var settings = StorageStack.NewSettings(azurite);
        try
        {
            await using var bot = await RunningBot.StartAsync(settings);
            var drainer = bot.Services.GetRequiredService<TranscriptOutboxDrainer>();
            // Far longer than the test: after its round with the first turn's lines, the drainer would not look again.
            drainer.Linger = TimeSpan.FromMinutes(10);
            var expected = new List<string>();

            async Task SayAsync(string text)
            {
                expected.Add(text);
                expected.AddRange((await bot.SendAsync("outage-lingering", text)).Select(r => r.Text));
            }

            await SayAsync("hello");
            await SayAsync("2");
            Assert.Equal("healthy", await StorageHealthAsync(bot));

            await azurite.StopAsync();
            var kind = await bot.SendAsync("outage-lingering", "are you there");
            Assert.Contains("can't reach my storage", Assert.Single(kind).Text, StringComparison.Ordinal);
            expected.Add("are you there");
            expected.AddRange(kind.Select(r => r.Text));

            // The turn's failed state write is enough: no waiting for the drainer's next round.
            Assert.Equal("degraded", await StorageHealthAsync(bot));
            // And it woke the drainer, which tried its waiting lines and now holds them in the outbox.
            await WaitUntilAsync(() => drainer.IsPaused);

            await azurite.StartAgainAsync();
            await SayAsync("I'm back");
            await WaitUntilAsync(async () => await StorageHealthAsync(bot) == "healthy");
            await drainer.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

            var stored = await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("test", "outage-lingering", CancellationToken.None);
            Assert.Equal(expected, stored.Select(a => a.Text));
        }
        finally
        {
            Directory.Delete(settings["Storage:LocalPath"]!, recursive: true);
        }
    }

    private static async Task<string> StorageHealthAsync(RunningBot bot)
    {
        using var response = await bot.Http.GetAsync("/healthz");
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return health.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString()!;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "timed out");
            await Task.Delay(20);
        }
    }
}
