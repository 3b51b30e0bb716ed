using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

[Slow]
public sealed class DeleteMyDataTests
{
    [Fact]
    public async Task Delete_my_data_in_the_conversation_shreds_the_key_and_removes_state_and_transcript_from_storage()
    {
        await using var bot = await RunningBot.StartAsync();
        await bot.SendAsync("c-delete", "hello");
        await bot.SendAsync("c-delete", "1");
        await bot.SendAsync("c-delete", "2");
        var caseId = bot.Services.GetRequiredService<Pseudonymizer>().CaseId("test", "c-delete");
        var store = bot.Services.GetRequiredService<IObjectStore>();
        var keys = bot.Services.GetRequiredService<DataKeyStore>();
        await WaitForAsync(async () => await CountAsync(store, ObjectNames.TranscriptFolder(caseId)) > 0);
        Assert.NotNull(await keys.FindAsync(caseId, CancellationToken.None));

        await bot.SendAsync("c-delete", "delete my data");
        var receipt = string.Join("\n", (await bot.SendAsync("c-delete", "yes")).Select(r => r.Text));

        Assert.Contains("transcript", receipt, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("key", receipt, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await keys.FindAsync(caseId, CancellationToken.None));
        Assert.Equal(0, await CountAsync(store, ObjectNames.TranscriptFolder(caseId)));
        Assert.Null(await store.ReadAsync(ObjectNames.State(caseId), CancellationToken.None));
    }

    private static async Task<int> CountAsync(IObjectStore store, string prefix)
    {
        var count = 0;
        await foreach (var _ in store.ListAsync(prefix, CancellationToken.None))
        {
            count++;
        }

        return count;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
