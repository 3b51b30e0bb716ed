using FluentValidation;

namespace ReportBot.Dialogs.Reports;

/// <summary>Accepts free text up to a length, with a kind message that names the limit.</summary>
public sealed class TextLengthValidator : AbstractValidator<string>
{
    public TextLengthValidator(int maxLength)
    {
        RuleFor(text => text)
            .MaximumLength(maxLength)
            .WithMessage(ValidationMessages.TooLong)
            .WithState(_ => ValidationMessages.Limit(maxLength));
    }
}
