using FluentValidation;

namespace ReportBot.Bot.Storage;

/// <summary>Checks the <c>Storage</c> settings so a wrong one stops the app with its name.</summary>
public sealed class StorageOptionsValidator : AbstractValidator<StorageOptions>
{
    public StorageOptionsValidator()
    {
        RuleFor(o => o.Container)
            .Matches("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")
            .WithMessage("Setting 'Storage:Container' must be a Blob container name: 3-63 lower-case letters, digits and single hyphens.");
        RuleFor(o => o.BlobServiceUri)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback))
            .When(o => !string.IsNullOrWhiteSpace(o.BlobServiceUri))
            .WithMessage("Setting 'Storage:BlobServiceUri' must be an https address such as https://account.blob.core.windows.net.");
        RuleFor(o => o.KeyEncryptionKey)
            .NotEmpty()
            .When(o => o.UsesBlob)
            .WithMessage("Setting 'Storage:KeyEncryptionKey' is required with Blob storage (base64 of 32 random bytes, from Key Vault): every instance must share it. See deployment/key-vault.md.");
        RuleFor(o => o.KeyEncryptionKey)
            .Must(k => IsBase64OfLength(k, exact: 32))
            .When(o => !string.IsNullOrWhiteSpace(o.KeyEncryptionKey))
            .WithMessage("Setting 'Storage:KeyEncryptionKey' must be base64 of exactly 32 bytes (openssl rand -base64 32).");
        RuleFor(o => o.PseudonymSecret)
            .NotEmpty()
            .When(o => o.UsesBlob)
            .WithMessage("Setting 'Storage:PseudonymSecret' is required with Blob storage (base64 of 32 random bytes, from Key Vault): every instance must derive the same pseudonyms, and they must not change when the key-encryption key is rotated. See deployment/key-vault.md.");
        RuleFor(o => o.PseudonymSecret)
            .Must(k => IsBase64OfLength(k, exact: null))
            .When(o => !string.IsNullOrWhiteSpace(o.PseudonymSecret))
            .WithMessage("Setting 'Storage:PseudonymSecret' must be base64 of at least 32 bytes.");
        RuleFor(o => o.JournalFileMegabytes)
            .InclusiveBetween(1, 1024)
            .WithMessage(o => $"Setting 'Storage:JournalFileMegabytes' must be between 1 and 1024 (it is {o.JournalFileMegabytes}).");
        RuleFor(o => o.RetentionDays)
            .InclusiveBetween(1, 3650)
            .WithMessage(o => $"Setting 'Storage:RetentionDays' must be between 1 and 3650 (it is {o.RetentionDays}).");
        RuleFor(o => o.RetentionSweepInterval)
            .GreaterThanOrEqualTo(TimeSpan.FromMinutes(1))
            .WithMessage("Setting 'Storage:RetentionSweepInterval' must be at least one minute.");
    }

    private static bool IsBase64OfLength(string? value, int? exact)
    {
        var buffer = new byte[256];
        if (value is null || !Convert.TryFromBase64String(value.Trim(), buffer, out var length))
        {
            return false;
        }

        return exact is null ? length >= 32 : length == exact;
    }
}
