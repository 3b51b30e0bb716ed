using FluentValidation;

namespace ReportBot.Dialogs.Reports;

/// <summary>A period is in the past (no later than today where the survivor lives) and starts before it ends.</summary>
public sealed class IncidentPeriodValidator : AbstractValidator<IncidentPeriod>
{
    public IncidentPeriodValidator(Func<DateOnly> today)
    {
        RuleFor(p => p.From)
            .Must(d => d is null || d.Value <= today())
            .WithMessage(ValidationMessages.DateInFuture);
        RuleFor(p => p.To)
            .Must(d => d is null || d.Value <= today())
            .WithMessage(ValidationMessages.DateInFuture);
        RuleFor(p => p)
            .Must(p => p.From is null || p.To is null || p.From <= p.To)
            .WithMessage(ValidationMessages.RangeOrder);
        RuleFor(p => p)
            .Must(p => !p.Unknown || (p.From is null && p.To is null))
            .WithMessage(ValidationMessages.RangeOrder);
    }
}
