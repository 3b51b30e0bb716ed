namespace ReportBot.Bot.Options;

/// <summary>
/// The Bot Framework's own authentication settings, read from the configuration root as the Bot Framework reads
/// them. With no <c>MicrosoftAppId</c> the bot runs open, for local use only.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
