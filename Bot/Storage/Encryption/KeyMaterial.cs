using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// The service's root secrets: the key-encryption key (wraps every data key), the pseudonym key (HMAC of ids and
/// storage keys) and the outbox key (seals transcript lines while they wait on the local disk). Without a configured
/// key-encryption key (local use only; the validator demands one with Blob storage) a random one is generated into
/// the data folder on first run and reused after; the log says so.
/// </summary>
public sealed class KeyMaterial
{
    private readonly Lazy<(byte[] Kek, byte[] Pseudonym, byte[] Outbox)> _keys;

    // Loaded on first use, so a host that never stores anything (dialog tests) never touches the data folder.
    public KeyMaterial(IOptions<StorageOptions> options, ILogger<KeyMaterial> logger)
    {
        _keys = new Lazy<(byte[], byte[], byte[])>(() =>
        {
            var settings = options.Value;
            var kek = string.IsNullOrWhiteSpace(settings.KeyEncryptionKey)
                ? LoadOrCreateLocalKey(settings.LocalPath, logger)
                : Convert.FromBase64String(settings.KeyEncryptionKey.Trim());
            var pseudonym = string.IsNullOrWhiteSpace(settings.PseudonymSecret)
                ? Derive(kek, "reportbot/pseudonym/v1")
                : Convert.FromBase64String(settings.PseudonymSecret.Trim());
            return (kek, pseudonym, Derive(kek, "reportbot/outbox/v1"));
        });
    }

    public byte[] KeyEncryptionKey => _keys.Value.Kek;

    public byte[] PseudonymKey => _keys.Value.Pseudonym;

    public byte[] OutboxKey => _keys.Value.Outbox;

    /// <summary>
    /// A key for another purpose (handoff sealing, counsellor tokens) derived from the key-encryption key: shared by
    /// every instance that shares the KEK, with no key file of its own.
    /// </summary>
    public byte[] Derive(string purpose) => Derive(KeyEncryptionKey, purpose);

    private static byte[] Derive(byte[] root, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, root, 32, salt: [], info: Encoding.UTF8.GetBytes(purpose));

    private static byte[] LoadOrCreateLocalKey(string localPath, ILogger logger)
    {
        var folder = Path.Combine(Path.GetFullPath(localPath), "secrets");
        var file = Path.Combine(folder, "key-encryption-key");
        if (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        Directory.CreateDirectory(folder);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(file, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process created it first: use theirs.
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        StorageLog.GeneratedLocalKey(logger, file);
        return key;
    }
}
