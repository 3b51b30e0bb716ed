using FluentValidation;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Dialogs.Engine;

/// <summary>A validator of the kind the report uses: a date must not be in the future.</summary>
internal sealed class PastDateValidator : AbstractValidator<DateOnly>
{
    public PastDateValidator(DateOnly today)
    {
        RuleFor(d => d).LessThanOrEqualTo(today).WithMessage(CommonText.DateInFuture.Name);
    }
}
