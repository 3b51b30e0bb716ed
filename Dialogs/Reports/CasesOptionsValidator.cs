using FluentValidation;

namespace ReportBot.Dialogs.Reports;

/// <summary>Stops the app at start-up when the case settings would make codes weak or unusable.</summary>
public sealed class CasesOptionsValidator : AbstractValidator<CasesOptions>
{
    public CasesOptionsValidator()
    {
        RuleFor(o => o.CodePepper)
            .Must(p => p.Length == 0 || p.Length >= 32)
            .WithMessage("Cases:CodePepper must be at least 32 characters (or empty to generate a local one).");
        RuleFor(o => o.PepperFile)
            .NotEmpty()
            .When(o => o.CodePepper.Length == 0)
            .WithMessage("Cases:PepperFile is needed when Cases:CodePepper is empty.");
        RuleFor(o => o.HashIterations)
            .InclusiveBetween(10_000, 5_000_000)
            .WithMessage("Cases:HashIterations must be between 10000 and 5000000.");
        RuleFor(o => o.MaxConcurrentHashes)
            .InclusiveBetween(0, 256)
            .WithMessage("Cases:MaxConcurrentHashes must be between 0 (half the cores) and 256.");
        RuleFor(o => o.HashQueueLength)
            .InclusiveBetween(0, 10_000)
            .WithMessage("Cases:HashQueueLength must be between 0 and 10000.");
        RuleFor(o => o.MaxCodeAttempts)
            .InclusiveBetween(1, 100)
            .WithMessage("Cases:MaxCodeAttempts must be between 1 and 100.");
        RuleFor(o => o.MaxConcurrentErasures)
            .InclusiveBetween(1, 64)
            .WithMessage("Cases:MaxConcurrentErasures must be between 1 and 64.");
    }
}
