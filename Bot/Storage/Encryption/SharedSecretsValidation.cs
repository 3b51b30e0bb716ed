using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// With Blob storage the bot may run as several instances, and every secret an instance would otherwise generate
/// for itself (a local key file) must be the same everywhere: case codes, counsellor sign-ins, handoff references
/// and web-chat tokens made on one instance must work on the next. So with Blob storage these must be configured.
/// (The handoff and counsellor-token keys need not be: without their own setting they derive from the shared KEK.)
/// </summary>
public sealed class SharedSecretsValidation(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    private static readonly (string Key, string Why)[] Shared =
    [
        ("Cases:CodePepper", "case codes made on one instance would not open on another"),
        ("DirectLine:TokenSigningKey", "web chat tokens issued by one instance would be refused by another"),
    ];

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!options.UsesBlob)
        {
            return ValidateOptionsResult.Success;
        }

        var missing = Shared
            .Where(s => string.IsNullOrWhiteSpace(configuration[s.Key]))
            .Select(s => $"Setting '{s.Key}' is required with Blob storage (every instance must share it, or {s.Why}).")
            .ToList();
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
