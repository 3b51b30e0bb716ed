using System.Diagnostics;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ReportBot.Tests.Support;

/// <summary>
/// The built bot (Bot/bin/Release/net10.0/ReportBot.Bot.dll) as a separate process on a free loopback port, so a
/// test can kill it with SIGKILL the way a crashed host dies.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public static async Task<BotProcess> StartAsync(IDictionary<string, string?> settings)
    {
        var dll = Path.Combine(AzuriteInstance.RepositoryRoot(), "Bot", "bin", "Release", "net10.0", "ReportBot.Bot.dll");
        var port = AzuriteInstance.FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");

        // A test bot on loopback is a development bot: Production refuses to start without its secrets.
        start.ArgumentList.Add("--environment");
        start.ArgumentList.Add("Development");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {process.ExitCode}.");
            }

            try
            {
                using var health = await bot.Http.GetAsync("/healthz");
                if (health.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The bot did not start within 60 seconds.");
    }

    /// <summary>Sends a message with <c>deliveryMode: expectReplies</c>; returns the replies' texts.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string conversationId, string text, string userId = "user-1")
    {
        var activity = new Microsoft.Bot.Schema.Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "test",
            ServiceUrl = "http://127.0.0.1/unused",
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount("reportbot"),
            Conversation = new ConversationAccount(id: conversationId),
            Text = text,
        };
        using var response = await Http.PostAsync("/api/messages", new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        return replies.Activities.Select(a => a.Text ?? string.Empty).ToList();
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like a host that lost power.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await KillAsync();
        _process.Dispose();
    }
}
