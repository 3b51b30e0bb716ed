using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Handoff.Auth;
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
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "test",
            ServiceUrl = serviceUrl,
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = new ChannelAccount("survivor-" + conversationId, role: RoleTypes.User),
            Recipient = new ChannelAccount("reportbot", role: RoleTypes.Bot),
            Conversation = new ConversationAccount(id: conversationId),
            Text = text,
        };
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
}
