using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Handoff.Auth;

/// <summary>
/// Local counsellor accounts (for running without Entra ID), kept in <c>counsellors.json</c> in the local data
/// folder. Passwords are hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted)
/// at OWASP's current work factor; a hash made with fewer iterations is upgraded at the next good sign-in.
/// </summary>
public sealed partial class CounsellorAccounts(string root)
{
    public const int MinPasswordLength = 12;

    /// <summary>OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA512 with 210,000 iterations.</summary>
    public const int Iterations = 210_000;

    private static readonly PasswordHasher<CounsellorAccount> Hasher = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = Iterations }));
    private readonly string _path = Path.Combine(root, "counsellors.json");
    private readonly SemaphoreSlim _writing = new(1, 1);
    private (DateTime WrittenAt, long Length, IReadOnlyList<CounsellorAccount> Accounts)? _cache;

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>A short fingerprint of an account's password hash: sessions started under another one are void.</summary>
    public static string StampOf(CounsellorAccount account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash)), 0, 12);

    /// <summary>Adds an account or replaces its password.</summary>
    public async Task AddAsync(string name, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException("A counsellor name is 2-64 letters, digits, dots, hyphens or underscores.", nameof(name));
        }

        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"A counsellor password has at least {MinPasswordLength} characters.", nameof(password));
        }

        var placeholder = new CounsellorAccount(name, string.Empty, now);
        await ChangeAsync(accounts => [.. accounts.Where(a => a.Name != name), placeholder with { PasswordHash = Hasher.HashPassword(placeholder, password) }], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes an account; true when it existed. Its tokens stop working at once.</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var existed = false;
        await ChangeAsync(accounts =>
        {
            existed = accounts.Any(a => a.Name == name);
            return [.. accounts.Where(a => a.Name != name)];
        }, cancellationToken).ConfigureAwait(false);
        return existed;
    }

    /// <summary>The account, or null. Reads the file again only when it changed.</summary>
    public async Task<CounsellorAccount?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Name == name);

    /// <summary>
    /// The account when the name and password match, else null. Takes the same time for unknown names. A hash made
    /// at a lower work factor is replaced by one at <see cref="Iterations"/>.
    /// </summary>
    public async Task<CounsellorAccount?> VerifyAsync(string name, string password, CancellationToken cancellationToken)
    {
        var account = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        var target = account ?? Decoy;
        var result = Hasher.VerifyHashedPassword(target, target.PasswordHash, password);
        if (account is null || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var upgraded = account with { PasswordHash = Hasher.HashPassword(account, password) };
            await ChangeAsync(accounts => [.. accounts.Select(a => a.Name == name && a.PasswordHash == account.PasswordHash ? upgraded : a)], cancellationToken).ConfigureAwait(false);
            return upgraded;
        }

        return account;
    }

    private async Task ChangeAsync(Func<IReadOnlyList<CounsellorAccount>, List<CounsellorAccount>> change, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var accounts = change(await ReadAsync(cancellationToken).ConfigureAwait(false));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            var temporary = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // Hashes only, but still nobody else's to read.
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var file = new FileStream(temporary, create))
            {
                await file.WriteAsync(HandoffJson.Serialize(accounts), cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, _path, overwrite: true);
            _cache = null;
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<IReadOnlyList<CounsellorAccount>> ReadAsync(CancellationToken cancellationToken)
    {
        var file = new FileInfo(_path);
        if (!file.Exists)
        {
            return [];
        }

        // Every authenticated request checks its account: read the file only when another process (the
        // `counsellor` command) or this one changed it.
        if (_cache is { } cached && cached.WrittenAt == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.Accounts;
        }

        var accounts = HandoffJson.Deserialize<List<CounsellorAccount>>(await File.ReadAllBytesAsync(_path, cancellationToken).ConfigureAwait(false));
        _cache = (file.LastWriteTimeUtc, file.Length, accounts);
        return accounts;
    }

    private static readonly CounsellorAccount Decoy = new("-", Hasher.HashPassword(new CounsellorAccount("-", string.Empty, DateTimeOffset.UnixEpoch), Guid.NewGuid().ToString()), DateTimeOffset.UnixEpoch);

    [GeneratedRegex("^[A-Za-z0-9._-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
