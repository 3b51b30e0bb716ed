using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Http;

[Slow]
public sealed class ProductionSafetyTests
{
    private static readonly string[] EverySetting =
    [
        "'MicrosoftAppId'", "'Kakao:Secret'", "'Storage:KeyEncryptionKey'", "'Storage:PseudonymSecret'", "'Cases:CodePepper'", "'DirectLine:TokenSigningKey'",
    ];

    [Fact]
    public async Task A_production_bot_with_nothing_configured_exits_with_code_2_naming_every_missing_setting()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ReportBot.Bot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        var message = await stderr;
        Assert.All(EverySetting, setting => Assert.Contains(setting, message, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_does_not_ask_for_the_Kakao_secret_when_Kakao_is_off()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Kakao:Enabled"] = "false",
        }));

        Assert.DoesNotContain(failure.Failures, f => f.Contains("'Kakao:Secret'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("'MicrosoftAppId'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_production_bot_with_authentication_and_its_secrets_starts()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppPassword"] = "not-used-in-this-test",
            ["Kakao:Secret"] = new string('k', 40),
            ["Storage:KeyEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Storage:PseudonymSecret"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Cases:CodePepper"] = new string('p', 40),
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        });

        using var health = await bot.Http.GetAsync("/healthz");
        using var anonymous = await bot.PostActivityAsync(new Microsoft.Bot.Schema.Activity { Type = "message", Text = "hi", ChannelId = "test", ServiceUrl = "http://127.0.0.1/x", Conversation = new(id: "c"), From = new("u"), Recipient = new("b") });

        Assert.Equal("Production", bot.App.Environment.EnvironmentName);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
