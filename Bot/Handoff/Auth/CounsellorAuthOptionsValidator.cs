using FluentValidation;

namespace ReportBot.Bot.Handoff.Auth;

/// <summary>Checks the counsellor sign-in settings. Never echoes the signing key.</summary>
public sealed class CounsellorAuthOptionsValidator : AbstractValidator<CounsellorAuthOptions>
{
    public CounsellorAuthOptionsValidator()
    {
        RuleFor(o => o.Mode)
            .Must(m => string.Equals(m, CounsellorAuthOptions.LocalMode, StringComparison.OrdinalIgnoreCase) || string.Equals(m, CounsellorAuthOptions.EntraMode, StringComparison.OrdinalIgnoreCase))
            .WithMessage("Setting 'Counsellor:Mode' must be Local or EntraId.");
        RuleFor(o => o.TokenMinutes)
            .InclusiveBetween(5, 720)
            .WithMessage("Setting 'Counsellor:TokenMinutes' must be between 5 and 720.");
        RuleFor(o => o.SigningKey)
            .Must(HandoffOptionsValidator.IsKey)
            .When(o => !string.IsNullOrWhiteSpace(o.SigningKey))
            .WithMessage("Setting 'Counsellor:SigningKey' must be 32 random bytes in base64.");
        RuleFor(o => o.SignInsPerAddressPerMinute)
            .InclusiveBetween(1, 1000)
            .WithMessage("Setting 'Counsellor:SignInsPerAddressPerMinute' must be between 1 and 1000.");
        RuleFor(o => o.SignInsPerAccountPerMinute)
            .InclusiveBetween(1, 1000)
            .WithMessage("Setting 'Counsellor:SignInsPerAccountPerMinute' must be between 1 and 1000.");
        RuleFor(o => o.LockoutFailures)
            .InclusiveBetween(3, 100)
            .WithMessage("Setting 'Counsellor:LockoutFailures' must be between 3 and 100.");
        RuleFor(o => o.LockoutMinutes)
            .InclusiveBetween(1, 1440)
            .WithMessage("Setting 'Counsellor:LockoutMinutes' must be between 1 and 1440.");
        RuleFor(o => o.MaxConcurrentHashes)
            .InclusiveBetween(0, 64)
            .WithMessage("Setting 'Counsellor:MaxConcurrentHashes' must be between 0 (half the cores) and 64.");
        RuleFor(o => o.Role).NotEmpty().WithMessage("Setting 'Counsellor:Role' must name the counsellor app role.");
        When(o => !o.IsLocal, () =>
        {
            RuleFor(o => o.TenantId)
                .Must(t => Guid.TryParse(t, out _))
                .WithMessage("Setting 'Counsellor:TenantId' must be the Entra ID tenant id (a GUID) when 'Counsellor:Mode' is EntraId.");
            RuleFor(o => o.Audience)
                .NotEmpty()
                .WithMessage("Setting 'Counsellor:Audience' must be the API's application id URI when 'Counsellor:Mode' is EntraId.");
        });
    }
}
