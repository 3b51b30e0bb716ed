using System.Security.Cryptography;
using FluentValidation;

namespace ReportBot.Bot.Records;

/// <summary>Checks the Records settings at start-up, so a bad signing key stops the app instead of every record.</summary>
public sealed class RecordsOptionsValidator : AbstractValidator<RecordsOptions>
{
    public RecordsOptionsValidator()
    {
        RuleFor(o => o.SigningKey)
            .Must(BeP256PrivateKey!)
            .When(o => !string.IsNullOrWhiteSpace(o.SigningKey))
            .WithMessage("Records:SigningKey must be base64 of a PKCS#8 ECDSA P-256 private key.");
        RuleFor(o => o.PublicBaseUrl)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query))
            .When(o => !string.IsNullOrWhiteSpace(o.PublicBaseUrl))
            .WithMessage("Records:PublicBaseUrl must be an absolute http(s) address without a query, e.g. https://reportbot.example.org.");
        RuleFor(o => o.LinkLifetime)
            .InclusiveBetween(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1))
            .WithMessage("Records:LinkLifetime must be between 1 minute and 1 hour.");
    }

    private static bool BeP256PrivateKey(string value)
    {
        try
        {
            using var key = RecordKeyRing.ImportPrivateKey(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return false;
        }
    }
}
