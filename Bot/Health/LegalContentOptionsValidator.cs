using FluentValidation;
using ReportBot.Resources.Legal;

namespace ReportBot.Bot.Health;

/// <summary>Checks the <c>LegalContent</c> settings.</summary>
public sealed class LegalContentOptionsValidator : AbstractValidator<LegalContentOptions>
{
    public LegalContentOptionsValidator()
    {
        RuleFor(o => o.Path)
            .Must(path => string.IsNullOrWhiteSpace(path) || Directory.Exists(path))
            .WithMessage(o => $"Setting 'LegalContent:Path' must be a folder holding topics.json, options.json, organisations.json and incidents.json (the folder '{o.Path}' does not exist).");
        RuleFor(o => o.MaxReviewAgeMonths)
            .InclusiveBetween(1, 60)
            .WithMessage(o => $"Setting 'LegalContent:MaxReviewAgeMonths' must be between 1 and 60 (it is {o.MaxReviewAgeMonths}).");
    }
}
