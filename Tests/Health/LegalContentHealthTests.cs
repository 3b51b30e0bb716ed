using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Health;

/// <summary>The legal content's state, seen from outside over real HTTP: /healthz and the start-up log.</summary>
[Slow]
public sealed class LegalContentHealthTests
{
    [Fact]
    public async Task Recently_reviewed_content_is_healthy_and_its_counts_are_in_healthz()
    {
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero))));

        var (status, check) = await LegalCheckAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", check.GetProperty("status").GetString());
        Assert.True(check.GetProperty("data").GetProperty("topics").GetInt32() > 20);
        Assert.True(check.GetProperty("data").GetProperty("hiddenUnconfirmed").GetInt32() > 0);
        Assert.Equal(0, check.GetProperty("data").GetProperty("stale").GetArrayLength());
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Legal content loaded:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Content_reviewed_over_twelve_months_ago_is_logged_at_start_up_and_shown_as_degraded_in_healthz()
    {
        await using var bot = await RunningBot.StartAsync(services: s => s.AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(2028, 1, 10, 0, 0, 0, TimeSpan.Zero))));

        var (status, check) = await LegalCheckAsync(bot);

        // Degraded, not unhealthy: the rest of the bot (crisis help, reporting) must stay in rotation.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", check.GetProperty("status").GetString());
        var stale = check.GetProperty("data").GetProperty("stale").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("topic sca-14-filming (reviewed 2026-12-05)", stale);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("'sca-14-filming' was last reviewed on 2026-12-05, more than 12 months ago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_allowed_review_age_is_a_setting()
    {
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?> { ["LegalContent:MaxReviewAgeMonths"] = "1" },
            s => s.AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero))));

        var (_, check) = await LegalCheckAsync(bot);

        Assert.Equal("degraded", check.GetProperty("status").GetString());
        Assert.Equal(1, check.GetProperty("data").GetProperty("maxReviewAgeMonths").GetInt32());
    }

    [Fact]
    public async Task Broken_content_is_reported_in_healthz_and_the_log_with_the_file_to_fix()
    {
        var folder = Directory.CreateTempSubdirectory("reportbot-legal-health-");
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Legal"), "*.json"))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            var organisations = Path.Combine(folder.FullName, "organisations.json");
            await File.WriteAllTextAsync(organisations, (await File.ReadAllTextAsync(organisations)).Replace("02-735-8994", "02 735 8994", StringComparison.Ordinal));
            await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["LegalContent:Path"] = folder.FullName });

            var (_, check) = await LegalCheckAsync(bot);

            Assert.Equal("degraded", check.GetProperty("status").GetString());
            Assert.False(check.GetProperty("data").GetProperty("loaded").GetBoolean());
            var problem = Assert.Single(check.GetProperty("data").GetProperty("problems").EnumerateArray()).GetString();
            Assert.StartsWith("organisations.json: organisation 'digital-sex-crime-center' has the phone number '02 735 8994'", problem, StringComparison.Ordinal);
            Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("02 735 8994", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_content_path_that_does_not_exist_stops_the_bot_with_a_message_naming_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "reportbot-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync(new Dictionary<string, string?> { ["LegalContent:Path"] = missing }));

        Assert.Contains(failure.Failures, f => f.Contains("'LegalContent:Path'", StringComparison.Ordinal) && f.Contains(missing, StringComparison.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Check)> LegalCheckAsync(RunningBot bot)
    {
        using var response = await bot.Http.GetAsync("/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("checks").GetProperty("legal-content").Clone());
    }
}
