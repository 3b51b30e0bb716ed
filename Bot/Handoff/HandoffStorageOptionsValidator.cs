using FluentValidation;

namespace ReportBot.Bot.Handoff;

/// <summary>Checks the storage settings the handoff uses.</summary>
public sealed class HandoffStorageOptionsValidator : AbstractValidator<HandoffStorageOptions>
{
    public HandoffStorageOptionsValidator()
    {
        RuleFor(o => o.LocalPath)
            .NotEmpty()
            .WithMessage("Setting 'Storage:LocalPath' must name a folder.");
        RuleFor(o => o.Blob.Container)
            .Matches("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$")
            .When(o => o.UsesBlob)
            .WithMessage("Setting 'Storage:Blob:Container' must be a valid container name (3-63 lowercase letters, digits, hyphens).");
    }
}
