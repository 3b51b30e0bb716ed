using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Handoff;
using ReportBot.Tests.Storage;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.ScaleOut;

/// <summary>
/// Two whole app instances (Kestrel, real HTTP) on one Azurite container with the same storage settings and
/// secrets, as two App Service instances share Key Vault; each has its own local folder. A third party with the
/// same settings reads the stored transcripts through the product's <see cref="TranscriptReader"/>.
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    public const string ChannelId = "scaleout";
    private readonly List<string> _folders = [];

    private TwoInstances(RunningBot a, RunningBot b, StorageStack reader, List<string> folders)
    {
        A = a;
        B = b;
        Reader = reader;
        _folders = folders;
    }

    public RunningBot A { get; }

    public RunningBot B { get; }

    public StorageStack Reader { get; }

    public static async Task<TwoInstances> StartAsync(AzuriteInstance azurite, params string[] counsellors)
    {
        string Secret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var shared = new Dictionary<string, string?>
        {
            ["Storage:BlobConnectionString"] = azurite.ConnectionString,
            ["Storage:Container"] = AzuriteFixture.NewContainer(),
            ["Storage:KeyEncryptionKey"] = Secret(),
            ["Storage:PseudonymSecret"] = Secret(),
            ["Cases:CodePepper"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["DirectLine:TokenSigningKey"] = Secret(),
            ["Handoff:EncryptionKey"] = Secret(),
            ["Handoff:AlwaysOpen"] = "true",
            ["Counsellor:SigningKey"] = Secret(),
        };
        var folders = Enumerable.Range(0, 3).Select(i => Directory.CreateTempSubdirectory($"reportbot-scaleout-{i}-").FullName).ToList();
        // Local counsellor accounts live in each instance's folder (in Azure: Entra ID); both know the same people.
        foreach (var counsellor in counsellors)
        {
            await HandoffHarness.AddCounsellorAsync(folders[0], counsellor);
            await HandoffHarness.AddCounsellorAsync(folders[1], counsellor);
        }

        var a = await RunningBot.StartAsync(new Dictionary<string, string?>(shared) { ["Storage:LocalPath"] = folders[0] });
        var b = await RunningBot.StartAsync(new Dictionary<string, string?>(shared) { ["Storage:LocalPath"] = folders[1] });
        var reader = new StorageStack(new Dictionary<string, string?>(shared) { ["Storage:LocalPath"] = folders[2] });
        return new TwoInstances(a, b, reader, folders);
    }

    /// <summary>A survivor's message with <c>expectReplies</c>; returns its activity id and the reply texts.</summary>
    public static async Task<(string Id, IReadOnlyList<string> Replies)> SendAsync(RunningBot bot, string conversationId, string text)
    {
        var activity = SurvivorMessage.ExpectingReplies(conversationId, text, ChannelId);
        using var response = await bot.PostActivityAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities;
        return (activity.Id, replies.Select(r => r.Text ?? string.Empty).ToList());
    }

    /// <summary>The conversation's stored transcript once it holds at least <paramref name="lines"/> lines (the outboxes drain in the background).</summary>
    public async Task<IReadOnlyList<Activity>> TranscriptAsync(string conversationId, int lines)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var stored = await Reader.Get<TranscriptReader>().GetActivitiesAsync(ChannelId, conversationId, CancellationToken.None);
            if (stored.Count >= lines || DateTime.UtcNow > deadline)
            {
                return stored;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>How many turns the two instances re-ran because the other had saved the conversation first.</summary>
    public int ConflictRetries() =>
        new[] { A, B }.Sum(bot => bot.Logs.Lines.Count(l => l.Contains("changed on another instance", StringComparison.Ordinal)));

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Reader.DisposeAsync();
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
