using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Over real HTTP with <c>expectReplies</c>, where a turn's answer leaves in the response: it leaves only once the
/// state the turn saved is durable, whether the turn's transcript sync flushed it or (a redelivery, which writes no
/// lines) the runner did. Runs alone (<see cref="DeviceFlushIsolation"/>).
/// </summary>
[Slow]
[Collection(DeviceFlushIsolation.Name)]
public sealed class TurnDurabilityHttpTests
{
    [Fact]
    public async Task Every_answer_over_http_leaves_after_its_turns_state_is_durable_a_redelivered_one_too()
    {
        // Beside the test assembly rather than in the temporary folder, which may be a tmpfs (no device to flush).
        var folder = Path.Combine(AppContext.BaseDirectory, "durability-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Storage:LocalPath"] = folder });
            var flushes = DeviceFlushes.Of(bot.Services.GetRequiredService<IOptions<StorageOptions>>().Value.LocalPath);
            var answer = SurvivorMessage.ExpectingReplies("durable", "2");
            foreach (var activity in new[] { SurvivorMessage.ExpectingReplies("durable", "hello"), answer, answer, answer })
            {
                using var response = await bot.PostActivityAsync(activity);
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                Assert.NotEmpty(JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities);
                Assert.True(flushes is null || flushes.Covers(flushes.LastTicket), "a reply left before the state its turn saved was flushed");
            }

            Assert.Contains(bot.Logs.Lines, l => l.Contains("delivered again", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
