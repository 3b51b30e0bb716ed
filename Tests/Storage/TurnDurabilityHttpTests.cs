using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// Over real HTTP: a turn's answer leaves only once the state the turn saved is durable, whether the turn's transcript
/// sync flushed it or (a redelivery, which writes no lines) the runner did; with <c>expectReplies</c> it leaves in the
/// response, through Web Chat's Direct Line as it is sent. Runs alone (<see cref="DeviceFlushIsolation"/>).
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

    [Fact]
    public async Task A_web_chat_reply_is_readable_only_once_its_turns_state_is_durable()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "durability-" + Guid.NewGuid().ToString("N"));
        DurabilityCheckingDirectLineStore? store = null;
        try
        {
            await using var bot = await RunningBot.StartAsync(DirectLineConversationTests.Settings(("Storage:LocalPath", folder)), services =>
            {
                services.AddSingleton<InMemoryDirectLineConversationStore>();
                services.AddSingleton<IDirectLineConversationStore>(sp =>
                    store = new DurabilityCheckingDirectLineStore(sp.GetRequiredService<InMemoryDirectLineConversationStore>(), folder));
            });
            var dl = new DirectLineHttp(bot.Http);
            var (_, issued) = await dl.GenerateAsync(DirectLineConversationTests.Secret);
            var token = (string)issued!["token"]!;
            var conversationId = (string)issued["conversationId"]!;
            await dl.StartAsync(token);
            foreach (var (text, client) in new[] { ("한국어로 할게요", "c-1"), ("2", "c-2"), ("잘 모르겠어요", "c-3") })
            {
                var (posted, _) = await dl.PostMessageAsync(token, conversationId, text, client);
                Assert.Equal(System.Net.HttpStatusCode.OK, posted);
            }

            Assert.True(store!.BotActivities >= 4, $"{store.BotActivities} replies");
            Assert.Equal(0, store.VisibleBeforeDurable);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
