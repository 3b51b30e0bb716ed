using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

[Slow]
public sealed class CounsellorSignInDefenceTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("signin-defence-").FullName;

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_for_the_right_password_but_not_other_accounts()
    {
        await AddCounsellorAsync(_data, "mina");
        await AddCounsellorAsync(_data, "jun");
        await using var bot = await RunningBot.StartAsync(Limits(("Counsellor:LockoutFailures", "5")));

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await SignInAsync(bot, "mina", "wrong password number " + i));
        }

        using var locked = await bot.Http.PostAsJsonAsync("/api/counsellor/login", new { name = "mina", password = Password });

        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(10));
        Assert.DoesNotContain("token", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(bot, "jun", Password));
    }

    [Fact]
    public async Task One_address_trying_many_sign_ins_gets_429_after_the_limit()
    {
        await using var bot = await RunningBot.StartAsync(Limits(("Counsellor:SignInsPerAddressPerMinute", "10")));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add(await SignInAsync(bot, "user" + i, "guess " + i));
        }

        Assert.All(statuses.Take(10), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(statuses.Skip(10), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }

    [Fact]
    public async Task Signing_out_revokes_the_token_and_closes_its_open_console_connection()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var bot = await RunningBot.StartAsync(Limits());
        var token = await LoginAsync(bot, "mina");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token)).Status);
        using var hub = await ConnectHubAsync(bot, token);

        Assert.Equal(HttpStatusCode.NoContent, (await CallAsync(bot, HttpMethod.Post, "/api/counsellor/logout", token)).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token)).Status);
        Assert.True(await ClosesAsync(hub), "the console connection of a signed-out session must close");
    }

    [Fact]
    public async Task Removing_the_account_or_resetting_its_password_revokes_tokens_already_issued()
    {
        await AddCounsellorAsync(_data, "mina");
        await AddCounsellorAsync(_data, "jun");
        await using var bot = await RunningBot.StartAsync(Limits());
        var mina = await LoginAsync(bot, "mina");
        var jun = await LoginAsync(bot, "jun");

        // As `counsellor remove` and `counsellor add` do, from another process.
        Assert.True(await new CounsellorAccounts(_data).RemoveAsync("mina", CancellationToken.None));
        await new CounsellorAccounts(_data).AddAsync("jun", "a brand new long password", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", mina)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", jun)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(bot, "mina", Password));
    }

    [Fact]
    public async Task A_password_hashed_at_an_older_work_factor_is_upgraded_at_the_next_good_sign_in()
    {
        var old = new PasswordHasher<CounsellorAccount>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        var account = new CounsellorAccount("mina", string.Empty, DateTimeOffset.UtcNow);
        var accounts = new[] { account with { PasswordHash = old.HashPassword(account, Password) } };
        await File.WriteAllTextAsync(Path.Combine(_data, "counsellors.json"), JsonSerializer.Serialize(accounts, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        Assert.Equal(100_000, IterationsOf(await StoredHashAsync()));
        await using var bot = await RunningBot.StartAsync(Limits());

        var token = await LoginAsync(bot, "mina");

        Assert.Equal(CounsellorAccounts.Iterations, IterationsOf(await StoredHashAsync()));
        Assert.True(CounsellorAccounts.Iterations >= 210_000, "OWASP asks for at least 210,000 PBKDF2-HMAC-SHA512 iterations");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs", token)).Status);
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(bot, "mina", Password));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private Dictionary<string, string?> Limits(params (string Key, string Value)[] extra)
    {
        var settings = Settings(_data);
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<HttpStatusCode> SignInAsync(RunningBot bot, string name, string password)
    {
        using var response = await bot.Http.PostAsJsonAsync("/api/counsellor/login", new { name, password });
        return response.StatusCode;
    }

    private async Task<string> StoredHashAsync()
    {
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_data, "counsellors.json")));
        return file.RootElement.EnumerateArray().Single().GetProperty("passwordHash").GetString()!;
    }

    // ASP.NET Core's v3 hash: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
    private static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
    }

    private static async Task<ClientWebSocket> ConnectHubAsync(RunningBot bot, string token)
    {
        using var negotiate = await bot.Http.SendAsync(Request(HttpMethod.Post, "/api/counsellor/hub/negotiate?negotiateVersion=1", token));
        negotiate.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var connectionToken = body.RootElement.GetProperty("connectionToken").GetString()!;
        var url = new UriBuilder(bot.BaseAddress) { Scheme = "ws", Path = "/api/counsellor/hub", Query = $"id={Uri.EscapeDataString(connectionToken)}&access_token={Uri.EscapeDataString(token)}" }.Uri;
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, Timeout());
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, Timeout());
        var buffer = new byte[4096];
        var handshake = await socket.ReceiveAsync(buffer, Timeout());
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, handshake.Count));
        return socket;
    }

    private static async Task<bool> ClosesAsync(ClientWebSocket socket)
    {
        var buffer = new byte[4096];
        var deadline = Timeout();
        try
        {
            // Pings (type 6) arrive every 15 s on an open connection: read until the deadline, not until quiet.
            while (true)
            {
                var frame = await socket.ReceiveAsync(buffer, deadline);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    return true;
                }

                // SignalR close message: {"type":7,...}
                if (Encoding.UTF8.GetString(buffer, 0, frame.Count).Contains("\"type\":7", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (WebSocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}
