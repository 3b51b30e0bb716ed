using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Turns a case code into the storage key of its case: PBKDF2-SHA256 over the code with the deployment's pepper
/// as salt. Deterministic, so a code finds its case; slow and peppered, so the keys in storage cannot be
/// turned back into codes without the pepper and a great deal of work. The code itself is never stored.
/// </summary>
public sealed partial class CaseCodeHasher
{
    public const string KeyPrefix = "cases/";

    private readonly CasesOptions _options;
    private readonly ILogger<CaseCodeHasher> _logger;
    private readonly Lazy<byte[]> _pepper;

    public CaseCodeHasher(IOptions<CasesOptions> options, ILogger<CaseCodeHasher> logger)
    {
        _options = options.Value;
        _logger = logger;
        _pepper = new Lazy<byte[]>(LoadPepper, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The storage key for a canonical code (see <see cref="CaseCode.Normalize"/>).</summary>
    public string StorageKey(string canonicalCode)
    {
        var hash = Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(canonicalCode),
            _pepper.Value,
            _options.HashIterations,
            HashAlgorithmName.SHA256,
            32);
        return KeyPrefix + Convert.ToHexStringLower(hash);
    }

    private byte[] LoadPepper()
    {
        if (_options.CodePepper.Length > 0)
        {
            return Encoding.UTF8.GetBytes(_options.CodePepper);
        }

        var path = _options.PepperFile;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(path, options);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                PepperGenerated(_logger);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance created it first: use theirs.
            }
        }

        var pepper = File.ReadAllText(path).Trim();
        if (pepper.Length < 32)
        {
            throw new InvalidOperationException("The case-code pepper file is too short; set Cases:CodePepper or delete the file to generate a new one.");
        }

        return Encoding.UTF8.GetBytes(pepper);
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Cases:CodePepper is not set: a local case-code pepper was generated. Fine for local use; in production set Cases:CodePepper from a secret store, or existing case codes stop working when the file is lost.")]
    private static partial void PepperGenerated(ILogger logger);
}
