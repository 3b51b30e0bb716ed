using System.Security.Cryptography;
using System.Text;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// AES-256-GCM sealing: <c>[version 1][nonce 12][tag 16][ciphertext]</c>. The associated data (the object's name)
/// binds a ciphertext to its place, so one case's blob copied over another's does not decrypt.
/// </summary>
public static class Envelope
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, string associatedData)
    {
        var output = new byte[HeaderSize + plaintext.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(HeaderSize), output.AsSpan(1 + NonceSize, TagSize), Encoding.UTF8.GetBytes(associatedData));
        return output;
    }

    /// <summary>Decrypts and authenticates; throws <see cref="CryptographicException"/> on any tampering or wrong key.</summary>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedData, string associatedData)
    {
        if (sealedData.Length < HeaderSize || sealedData[0] != Version)
        {
            throw new CryptographicException("Not a sealed ReportBot object.");
        }

        var plaintext = new byte[sealedData.Length - HeaderSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedData.Slice(1, NonceSize), sealedData[HeaderSize..], sealedData.Slice(1 + NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(associatedData));
        return plaintext;
    }
}
