using FluentValidation;

namespace ReportBot.Bot.Options;

/// <summary>Checks that the Bot Framework credentials fit together. Never echoes a secret.</summary>
public sealed class BotAuthenticationOptionsValidator : AbstractValidator<BotAuthenticationOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public BotAuthenticationOptionsValidator()
    {
        RuleFor(o => o.MicrosoftAppType)
            .Must(t => string.IsNullOrWhiteSpace(t) || AppTypes.Contains(t, StringComparer.OrdinalIgnoreCase))
            .WithMessage("Setting 'MicrosoftAppType' must be MultiTenant, SingleTenant or UserAssignedMSI.");

        When(o => o.AuthenticationEnabled, () =>
        {
            RuleFor(o => o.MicrosoftAppId)
                .Must(id => Guid.TryParse(id, out _))
                .WithMessage("Setting 'MicrosoftAppId' must be the bot's app registration id (a GUID).");
            RuleFor(o => o.MicrosoftAppPassword)
                .NotEmpty()
                .When(o => !IsType(o, "UserAssignedMSI"))
                .WithMessage("Setting 'MicrosoftAppPassword' is required when 'MicrosoftAppId' is set (except with a managed identity).");
            RuleFor(o => o.MicrosoftAppPassword)
                .Empty()
                .When(o => IsType(o, "UserAssignedMSI"))
                .WithMessage("Setting 'MicrosoftAppPassword' must be empty when 'MicrosoftAppType' is UserAssignedMSI.");
            RuleFor(o => o.MicrosoftAppTenantId)
                .NotEmpty()
                .When(o => IsType(o, "SingleTenant") || IsType(o, "UserAssignedMSI"))
                .WithMessage("Setting 'MicrosoftAppTenantId' is required for SingleTenant and UserAssignedMSI bots.");
        });

        RuleFor(o => o.MicrosoftAppId)
            .NotEmpty()
            .When(o => IsType(o, "SingleTenant") || IsType(o, "UserAssignedMSI"))
            .WithMessage("Setting 'MicrosoftAppId' is required when 'MicrosoftAppType' is SingleTenant or UserAssignedMSI.");
    }

    private static bool IsType(BotAuthenticationOptions o, string type) =>
        string.Equals(o.MicrosoftAppType, type, StringComparison.OrdinalIgnoreCase);
}
