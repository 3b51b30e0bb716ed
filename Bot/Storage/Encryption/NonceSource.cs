using System.Security.Cryptography;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// Nonces for AES-GCM, drawn from the operating system's CSPRNG in blocks per thread instead of one call per seal: a
/// turn seals several objects, and each call into the CSPRNG has a fixed cost far above that of 12 bytes. Every byte
/// of a block is handed out once (the block belongs to one thread, and its position only moves forward), so a nonce is
/// as random and as unrepeated as one drawn alone.
/// </summary>
internal static class NonceSource
{
    private const int BlockSize = 1024;

    [ThreadStatic]
    private static byte[]? t_block;

    [ThreadStatic]
    private static int t_used;

    /// <summary>Fills <paramref name="nonce"/> with fresh random bytes that no other call receives.</summary>
    public static void Fill(Span<byte> nonce)
    {
        if (nonce.Length > BlockSize / 4)
        {
            RandomNumberGenerator.Fill(nonce);
            return;
        }

        var block = t_block ??= new byte[BlockSize];
        if (t_used == 0 || t_used + nonce.Length > BlockSize)
        {
            RandomNumberGenerator.Fill(block);
            t_used = 0;
        }

        var taken = block.AsSpan(t_used, nonce.Length);
        taken.CopyTo(nonce);
        taken.Clear();
        t_used += nonce.Length;
    }
}
