using FluentValidation;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Handoff;

/// <summary>Checks the handoff schedule and key at start-up. Never echoes the key.</summary>
public sealed class HandoffOptionsValidator : AbstractValidator<HandoffOptions>
{
    public HandoffOptionsValidator()
    {
        RuleFor(o => o.Days)
            .Must(d => OpeningHours.TryParseDays(d, out _))
            .WithMessage("Setting 'Handoff:Days' must be 'weekdays' or 'everyday'.");
        RuleFor(o => o.Opens)
            .Must(t => TimeOnly.TryParseExact(t, "HH:mm", out _))
            .WithMessage("Setting 'Handoff:Opens' must be a time such as 09:00.");
        RuleFor(o => o.Closes)
            .Must(t => TimeOnly.TryParseExact(t, "HH:mm", out _))
            .WithMessage("Setting 'Handoff:Closes' must be a time such as 18:00.");
        RuleFor(o => o.TimeZone)
            .Must(z => TimeZoneInfo.TryFindSystemTimeZoneById(z, out _))
            .WithMessage("Setting 'Handoff:TimeZone' must be a time zone id such as Asia/Seoul.");
        RuleFor(o => o.PresenceSeconds)
            .InclusiveBetween(15, 3600)
            .WithMessage("Setting 'Handoff:PresenceSeconds' must be between 15 and 3600.");
        RuleFor(o => o.WaitUpdateMinutes)
            .InclusiveBetween(0, 120)
            .WithMessage("Setting 'Handoff:WaitUpdateMinutes' must be between 0 (never) and 120.");
        RuleFor(o => o.MaxMessagesPerHandoff)
            .InclusiveBetween(10, 1000)
            .WithMessage("Setting 'Handoff:MaxMessagesPerHandoff' must be between 10 and 1000.");
        RuleFor(o => o.OpenHandoffHours)
            .InclusiveBetween(1, 168)
            .WithMessage("Setting 'Handoff:OpenHandoffHours' must be between 1 and 168.");
        RuleFor(o => o.EstimateHours)
            .InclusiveBetween(1, 72)
            .WithMessage("Setting 'Handoff:EstimateHours' must be between 1 and 72.");
        RuleFor(o => o.EncryptionKey)
            .Must(IsKey)
            .When(o => !string.IsNullOrWhiteSpace(o.EncryptionKey))
            .WithMessage("Setting 'Handoff:EncryptionKey' must be 32 random bytes in base64.");
    }

    internal static bool IsKey(string? value)
    {
        var buffer = new byte[64];
        return Convert.TryFromBase64String(value ?? string.Empty, buffer, out var length) && length == 32;
    }
}
