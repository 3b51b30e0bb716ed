using FluentValidation;

namespace ReportBot.Bot.Pages.WebChat;

/// <summary>Checks the <c>WebChat</c> settings.</summary>
public sealed class WebChatOptionsValidator : AbstractValidator<WebChatOptions>
{
    public WebChatOptionsValidator()
    {
        RuleFor(o => o.QuickExitUrl)
            .Must(BeAnHttpUrl)
            .WithMessage(o => $"Setting 'WebChat:QuickExitUrl' must be an absolute http(s) address (it is '{o.QuickExitUrl}').");
        RuleForEach(o => o.FrameAncestors)
            .Must(BeAnOrigin)
            .WithMessage((_, origin) => $"Setting 'WebChat:FrameAncestors' must list origins such as https://help.example.org ('{origin}' is not one).");
    }

    /// <summary>True for <c>http(s)://host[:port]</c> with no path, query or wildcard: safe inside a CSP header.</summary>
    public static bool BeAnOrigin(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.GetLeftPart(UriPartial.Authority).Equals(origin!.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && !origin.Contains('*', StringComparison.Ordinal)
        && !origin.Contains(';', StringComparison.Ordinal);

    private static bool BeAnHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
