using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Handoff;

/// <summary>Helpers for handoff tests over HTTP: a survivor talking through /api/messages, counsellors through the API.</summary>
public static class HandoffHarness
{
    public const string Password = "correct horse battery staple";

    // Two instances in one test must share the secrets, as they would share Key Vault in production.
    private static readonly string SharedKeyEncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private static readonly Dictionary<string, string?> Shared = SharedSecrets.New();

    public static Dictionary<string, string?> Settings(string dataFolder, string? blobConnection = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:LocalPath"] = dataFolder,
            ["Handoff:AlwaysOpen"] = "true",
        };
        if (blobConnection is not null)
        {
            settings["Storage:BlobConnectionString"] = blobConnection;
            settings["Storage:Container"] = "h" + Guid.NewGuid().ToString("N")[..20];
            settings["Storage:KeyEncryptionKey"] = SharedKeyEncryptionKey;
            foreach (var (key, value) in Shared)
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    public static Task AddCounsellorAsync(string dataFolder, string name) =>
        new CounsellorAccounts(dataFolder).AddAsync(name, Password, DateTimeOffset.UtcNow, CancellationToken.None);

    /// <summary>A survivor's message with <c>expectReplies</c>; proactive messages go to <paramref name="serviceUrl"/>.</summary>
    public static async Task<IReadOnlyList<Activity>> SurvivorSaysAsync(RunningBot bot, string serviceUrl, string conversationId, string text)
    {
        var activity = SurvivorMessage.ExpectingReplies(conversationId, text, serviceUrl: serviceUrl);
        using var response = await bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities.ToList();
    }

    public static async Task<string> LoginAsync(RunningBot bot, string name)
    {
        using var response = await bot.Http.PostAsJsonAsync("/api/counsellor/login", new { name, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(RunningBot bot, HttpMethod method, string path, string? token, object? body = null)
    {
        using var response = await bot.Http.SendAsync(Request(method, path, token, body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Texts(IEnumerable<Activity> activities) => string.Join("\n", activities.Select(a => a.Text));

    /// <summary>
    /// The objects the bot's store holds under <paramref name="prefix"/> (<c>handoffs/</c>, <c>audit/</c>...), with
    /// their bytes as text: what is at rest, whether the local store has checkpointed it into its file yet or not.
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, string Text)>> StoredAsync(RunningBot bot, string prefix)
    {
        var store = bot.Services.GetRequiredService<IObjectStore>();
        var found = new List<(string, string)>();
        await foreach (var item in store.ListAsync(prefix, CancellationToken.None))
        {
            if (await store.ReadAsync(item.Name, CancellationToken.None) is { } stored)
            {
                found.Add((item.Name, System.Text.Encoding.UTF8.GetString(stored.Content)));
            }
        }

        return found;
    }

    /// <summary>The stored text of one handoff record, as <see cref="StoredAsync"/> reads it.</summary>
    public static async Task<string> StoredHandoffAsync(RunningBot bot, string id) =>
        Assert.Single(await StoredAsync(bot, "handoffs/" + id + ".json")).Text;

    /// <summary>The handoff records in the store (not the open index or presence marks).</summary>
    public static async Task<IReadOnlyList<string>> StoredHandoffsAsync(RunningBot bot) =>
        [.. (await StoredAsync(bot, "handoffs/")).Select(o => o.Text)];

    /// <summary>The audit entries in the store.</summary>
    public static async Task<IReadOnlyList<string>> StoredAuditAsync(RunningBot bot) =>
        [.. (await StoredAsync(bot, "audit/")).Select(o => o.Text)];
}
