using FluentValidation;
using ReportBot.Dialogs.Engine.Prompts;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// For a multiple-choice question with a "none of these" option: that option cannot be picked together with
/// others, and only choices from the list count.
/// </summary>
public sealed class ExclusiveChoiceValidator : AbstractValidator<IReadOnlyList<FoundChoice>>
{
    public ExclusiveChoiceValidator(IReadOnlyCollection<string> allowedValues, string? exclusiveValue)
    {
        RuleFor(choices => choices)
            .NotEmpty()
            .WithMessage(ValidationMessages.NotInList);
        RuleForEach(choices => choices)
            .Must(c => allowedValues.Contains(c.Value))
            .WithMessage(ValidationMessages.NotInList);
        if (exclusiveValue is not null)
        {
            RuleFor(choices => choices)
                .Must(c => c.Count == 1 || c.All(x => x.Value != exclusiveValue))
                .WithMessage(ValidationMessages.ExclusiveChoice);
        }
    }
}
