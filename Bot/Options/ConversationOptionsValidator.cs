using FluentValidation;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot.Options;

/// <summary>Checks the <c>Conversation</c> settings.</summary>
public sealed class ConversationOptionsValidator : AbstractValidator<ConversationOptions>
{
    public ConversationOptionsValidator()
    {
        RuleFor(o => o.MaxMessageChars)
            .InclusiveBetween(200, 100_000)
            .WithMessage(o => $"Setting 'Conversation:MaxMessageChars' must be between 200 and 100000 (it is {o.MaxMessageChars}).");
        RuleFor(o => o.DefaultLanguage)
            .IsInEnum()
            .WithMessage("Setting 'Conversation:DefaultLanguage' must be Korean or English.");
        RuleFor(o => o.TimeZone)
            .Must(BeAKnownTimeZone)
            .WithMessage(o => $"Setting 'Conversation:TimeZone' must be an IANA time zone such as Asia/Seoul (it is '{o.TimeZone}').");
    }

    private static bool BeAKnownTimeZone(string zone) =>
        !string.IsNullOrWhiteSpace(zone) && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);
}
