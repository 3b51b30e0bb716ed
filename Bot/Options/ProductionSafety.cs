using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Options;

/// <summary>
/// Outside Development the bot refuses to start open: /api/messages must authenticate (or anyone could make the
/// bot and the counsellors send replies to an address of their choosing), the Kakao skill must check its secret,
/// and every secret that instances share must be configured rather than generated. Each missing setting is named.
/// </summary>
public static class ProductionSafety
{
    private static readonly (string Key, string Why)[] Secrets =
    [
        ("Storage:KeyEncryptionKey", "it wraps every conversation's data key; a generated one lives beside the data it protects"),
        ("Storage:PseudonymSecret", "pseudonymous ids and case ids must stay the same across restarts and instances"),
        ("Cases:CodePepper", "case codes made on one instance must open on every other"),
        ("DirectLine:TokenSigningKey", "web chat tokens must survive a restart and work on every instance"),
    ];

    /// <summary>Throws <see cref="OptionsValidationException"/> naming every unsafe setting; does nothing in Development.</summary>
    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var problems = Problems(configuration, environment.EnvironmentName);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException("Production", typeof(ProductionSafety), problems);
        }
    }

    public static List<string> Problems(IConfiguration configuration, string environmentName)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
        {
            problems.Add($"Setting 'MicrosoftAppId' is required in {environmentName} (with 'MicrosoftAppPassword', or 'MicrosoftAppType' UserAssignedMSI): without it /api/messages accepts anyone, and a forged activity's serviceUrl would receive the bot's and counsellors' replies. For local use run as Development.");
        }

        var kakaoEnabled = !bool.TryParse(configuration["Kakao:Enabled"], out var enabled) || enabled;
        if (kakaoEnabled && string.IsNullOrWhiteSpace(configuration["Kakao:Secret"]))
        {
            problems.Add($"Setting 'Kakao:Secret' is required in {environmentName} while 'Kakao:Enabled' is true: without it anyone can post to the Kakao skill endpoint. Set it, or set 'Kakao:Enabled' to false.");
        }

        foreach (var (key, why) in Secrets)
        {
            if (string.IsNullOrWhiteSpace(configuration[key]))
            {
                problems.Add($"Setting '{key}' is required in {environmentName}: {why}.");
            }
        }

        return problems;
    }
}
