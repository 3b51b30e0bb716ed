using System.Security.Cryptography;
using System.Text;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// AES-256-GCM sealing: <c>[version 1][nonce 12][tag 16][ciphertext]</c>. The associated data (the object's name)
/// binds a ciphertext to its place, so one case's blob copied over another's does not decrypt. A key given as an
/// array reuses its prepared cipher (<see cref="AesGcmPool"/>) instead of importing the key for every operation.
/// </summary>
public static class Envelope
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;
    private const int StackLimit = 512;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plaintext, string associatedData)
    {
        var aes = AesGcmPool.Rent(key, TagSize, out var owner);
        try
        {
            return Seal(aes, plaintext, associatedData);
        }
        finally
        {
            AesGcmPool.Return(aes, owner);
        }
    }

    /// <summary>The length of <paramref name="plaintextLength"/> bytes once sealed.</summary>
    public static int SealedLength(int plaintextLength) => HeaderSize + plaintextLength;

    /// <summary>
    /// Seals into <paramref name="destination"/> (exactly <see cref="SealedLength"/> bytes), for a caller that writes
    /// several sealed parts into one array instead of copying each from its own.
    /// </summary>
    public static void Seal(byte[] key, ReadOnlySpan<byte> plaintext, string associatedData, Span<byte> destination)
    {
        var aes = AesGcmPool.Rent(key, TagSize, out var owner);
        try
        {
            Seal(aes, plaintext, associatedData, destination);
        }
        finally
        {
            AesGcmPool.Return(aes, owner);
        }
    }

    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, string associatedData)
    {
        using var aes = new AesGcm(key, TagSize);
        return Seal(aes, plaintext, associatedData);
    }

    /// <summary>Decrypts and authenticates; throws <see cref="CryptographicException"/> on any tampering or wrong key.</summary>
    public static byte[] Open(byte[] key, ReadOnlySpan<byte> sealedData, string associatedData)
    {
        var aes = AesGcmPool.Rent(key, TagSize, out var owner);
        try
        {
            return Open(aes, sealedData, associatedData);
        }
        finally
        {
            AesGcmPool.Return(aes, owner);
        }
    }

    /// <summary>Decrypts and authenticates; throws <see cref="CryptographicException"/> on any tampering or wrong key.</summary>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedData, string associatedData)
    {
        using var aes = new AesGcm(key, TagSize);
        return Open(aes, sealedData, associatedData);
    }

    private static byte[] Seal(AesGcm aes, ReadOnlySpan<byte> plaintext, string associatedData)
    {
        var output = new byte[HeaderSize + plaintext.Length];
        Seal(aes, plaintext, associatedData, output);
        return output;
    }

    private static void Seal(AesGcm aes, ReadOnlySpan<byte> plaintext, string associatedData, Span<byte> output)
    {
        if (output.Length != HeaderSize + plaintext.Length)
        {
            throw new ArgumentException("The destination is not the sealed length.", nameof(output));
        }

        output[0] = Version;
        var nonce = output.Slice(1, NonceSize);
        NonceSource.Fill(nonce);
        var maxData = Encoding.UTF8.GetMaxByteCount(associatedData.Length);
        Span<byte> data = maxData <= StackLimit ? stackalloc byte[StackLimit] : new byte[maxData];
        data = data[..Encoding.UTF8.GetBytes(associatedData, data)];
        aes.Encrypt(nonce, plaintext, output[HeaderSize..], output.Slice(1 + NonceSize, TagSize), data);
    }

    private static byte[] Open(AesGcm aes, ReadOnlySpan<byte> sealedData, string associatedData)
    {
        if (sealedData.Length < HeaderSize || sealedData[0] != Version)
        {
            throw new CryptographicException("Not a sealed ReportBot object.");
        }

        var plaintext = new byte[sealedData.Length - HeaderSize];
        var maxData = Encoding.UTF8.GetMaxByteCount(associatedData.Length);
        Span<byte> data = maxData <= StackLimit ? stackalloc byte[StackLimit] : new byte[maxData];
        data = data[..Encoding.UTF8.GetBytes(associatedData, data)];
        aes.Decrypt(sealedData.Slice(1, NonceSize), sealedData[HeaderSize..], sealedData.Slice(1 + NonceSize, TagSize), plaintext, data);
        return plaintext;
    }
}
