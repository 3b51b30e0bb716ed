using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

[Slow]
public sealed class EncryptionAtRestTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Raw_blobs_hold_no_plaintext_no_raw_user_id_and_no_phone_number()
    {
        var settings = StorageStack.NewSettings(fixture.Azurite);
        await using var cleanup = new StorageStack(settings); // owns (and removes) the data folder
        await using var bot = await RunningBot.StartAsync(settings);
        const string userId = "telegram-user-412345678";
        const string conversationId = "chat-998877665";
        string[] said =
        [
            "안녕하세요",
            "그 사람이 010-4321-8765 번호로 계속 연락해요. 제 메일 survivor.lee@example.com 로도 사진을 보냈어요",
            "He threatened to post the video unless I paid",
        ];
        foreach (var text in said)
        {
            Assert.NotEmpty(await bot.SendAsync(conversationId, text, userId));
        }

        await bot.Services.GetRequiredService<TranscriptOutboxDrainer>().FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        var container = fixture.Azurite.Container(settings["Storage:Container"]!);
        var blobs = new List<(string Name, byte[] Content)>();
        await foreach (var item in container.GetBlobsAsync())
        {
            blobs.Add((item.Name, (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToArray()));
        }

        Assert.Contains(blobs, b => b.Name.StartsWith(ObjectNames.TranscriptsPrefix, StringComparison.Ordinal));
        Assert.Contains(blobs, b => b.Name.StartsWith(ObjectNames.StatePrefix, StringComparison.Ordinal));
        string[] secrets = [userId, "412345678", conversationId, "998877665", "010-4321-8765", "01043218765", "4321-8765", "survivor.lee", "example.com", "계속 연락해요", "threatened", "안녕하세요", "리포트봇", "ReportBot", "I never ask"];
        foreach (var (name, content) in blobs)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, name, StringComparison.Ordinal);
                Assert.False(Contains(content, Encoding.UTF8.GetBytes(secret)), $"a stored blob contains '{secret}' in UTF-8");
                Assert.False(Contains(content, Encoding.Unicode.GetBytes(secret)), $"a stored blob contains '{secret}' in UTF-16");
            }
        }

        // ...and yet the service itself can read the transcript back, redacted, with the survivor's pseudonym.
        var activities = await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("test", conversationId, CancellationToken.None);
        var fromSurvivor = activities.Where(a => a.Recipient?.Id == "reportbot").Select(a => a.Text).ToList();
        Assert.Equal(["안녕하세요", "그 사람이 [전화번호] 번호로 계속 연락해요. 제 메일 [이메일] 로도 사진을 보냈어요", "He threatened to post the video unless I paid"], fromSurvivor);
        Assert.All(activities, a => Assert.DoesNotContain("412345678", a.From.Id + a.Recipient.Id + a.Conversation.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("412345678", StringComparison.Ordinal) || l.Contains("010-4321", StringComparison.Ordinal) || l.Contains("998877665", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_of_the_storage_account_without_the_key_encryption_key_reads_nothing()
    {
        var settings = StorageStack.NewSettings(fixture.Azurite);
        await using (var stack = new StorageStack(settings))
        {
            await stack.Get<Microsoft.Bot.Builder.IStorage>().WriteAsync(new Dictionary<string, object> { ["test/conversations/c"] = new Dictionary<string, object> { ["said"] = "secret" } });
        }

        var stolen = new Dictionary<string, string?>(settings) { ["Storage:KeyEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) };
        await using var thief = new StorageStack(stolen);

        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => thief.Get<Microsoft.Bot.Builder.IStorage>().ReadAsync(["test/conversations/c"]));
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
