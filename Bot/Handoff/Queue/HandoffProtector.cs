using System.Text;
using ReportBot.Bot.Storage.Encryption;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// Encrypts what a handoff must keep but nobody should read at rest: the conversation reference and the relayed
/// messages. Sealed with the storage layer's <see cref="Envelope"/> (AES-256-GCM), the purpose as associated data
/// so a ciphertext made for one use cannot pass for another.
/// </summary>
public sealed class HandoffProtector
{
    private readonly byte[] _key;

    public HandoffProtector(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The handoff key must be 32 bytes (AES-256).", nameof(key));
        }

        _key = key;
    }

    public string Protect(string plaintext, string purpose) =>
        Convert.ToBase64String(Envelope.Seal(_key, Encoding.UTF8.GetBytes(plaintext), purpose));

    public string Unprotect(string protectedText, string purpose) =>
        Encoding.UTF8.GetString(Envelope.Open(_key, Convert.FromBase64String(protectedText), purpose));

    /// <summary>
    /// Opens a handoff's conversation reference, sealed with its handoff id as associated data; one sealed before
    /// the id was bound in (an open handoff from an older version) still opens with the old purpose.
    /// </summary>
    public string UnprotectReference(string protectedText, string handoffId)
    {
        try
        {
            return Unprotect(protectedText, HandoffPurposes.Reference(handoffId));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Unprotect(protectedText, HandoffPurposes.LegacyReference);
        }
    }
}
