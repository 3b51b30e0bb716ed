using System.Security.Cryptography;

namespace ReportBot.Tests.Support;

/// <summary>
/// The secrets every instance on shared Blob storage must have in common (see SharedSecretsValidation). Tests that
/// run two instances take the same set for both, as a deployment takes them from one Key Vault.
/// </summary>
public static class SharedSecrets
{
    public static Dictionary<string, string?> New() => new()
    {
        ["Storage:PseudonymSecret"] = Key(),
        ["Cases:CodePepper"] = Key(),
        ["Handoff:EncryptionKey"] = Key(),
        ["Counsellor:SigningKey"] = Key(),
        ["DirectLine:TokenSigningKey"] = Key(),
    };

    private static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
