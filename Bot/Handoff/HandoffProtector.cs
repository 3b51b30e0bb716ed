using System.Security.Cryptography;
using System.Text;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// Encrypts what a handoff must keep but nobody should read at rest: the conversation reference and the relayed
/// messages (AES-256-GCM, random nonce, purpose as associated data). Deliberately minimal: the project's storage
/// encryption layer (per-case data keys, crypto-shredding) is built separately and should replace this at merge.
/// </summary>
public sealed class HandoffProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public HandoffProtector(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The handoff key must be 32 bytes (AES-256).", nameof(key));
        }

        _key = key;
    }

    public string Protect(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return Convert.ToBase64String(output);
    }

    public string Unprotect(string protectedText, string purpose)
    {
        var input = Convert.FromBase64String(protectedText);
        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected text is too short.");
        }

        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }
}
