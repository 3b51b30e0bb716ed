using System.Net;
using FluentValidation;

namespace ReportBot.Bot.Options;

/// <summary>Checks the <c>ForwardedHeaders</c> settings.</summary>
public sealed class ForwardedHeadersSettingsValidator : AbstractValidator<ForwardedHeadersSettings>
{
    public ForwardedHeadersSettingsValidator()
    {
        RuleForEach(o => o.KnownProxies)
            .Must(p => IPAddress.TryParse(p, out _))
            .WithMessage((_, p) => $"Every entry of 'ForwardedHeaders:KnownProxies' must be an IP address ('{p}' is not).");
        RuleForEach(o => o.KnownNetworks)
            .Must(n => System.Net.IPNetwork.TryParse(n, out _))
            .WithMessage((_, n) => $"Every entry of 'ForwardedHeaders:KnownNetworks' must be a network in CIDR form, e.g. 10.0.0.0/24 ('{n}' is not).");
        RuleFor(o => o.ForwardLimit)
            .InclusiveBetween(1, 10)
            .WithMessage("Setting 'ForwardedHeaders:ForwardLimit' must be between 1 and 10.");
    }
}
