using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// Local counsellor accounts (for running without Entra ID), kept in <c>counsellors.json</c> in the local data
/// folder. Passwords are hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted).
/// </summary>
public sealed partial class CounsellorAccounts(string root)
{
    public const int MinPasswordLength = 12;
    private static readonly PasswordHasher<CounsellorAccount> Hasher = new();
    private readonly string _path = Path.Combine(root, "counsellors.json");

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

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

        var accounts = (await ReadAsync(cancellationToken).ConfigureAwait(false)).Where(a => a.Name != name).ToList();
        var placeholder = new CounsellorAccount(name, string.Empty, now);
        accounts.Add(placeholder with { PasswordHash = Hasher.HashPassword(placeholder, password) });
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
    }

    /// <summary>True when the name and password match an account. Takes the same time for unknown names.</summary>
    public async Task<bool> VerifyAsync(string name, string password, CancellationToken cancellationToken)
    {
        var account = (await ReadAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Name == name);
        var target = account ?? Decoy;
        var result = Hasher.VerifyHashedPassword(target, target.PasswordHash, password);
        return account is not null && result != PasswordVerificationResult.Failed;
    }

    private async Task<IReadOnlyList<CounsellorAccount>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return [];
        }

        return HandoffJson.Deserialize<List<CounsellorAccount>>(await File.ReadAllBytesAsync(_path, cancellationToken).ConfigureAwait(false));
    }

    private static readonly CounsellorAccount Decoy = new("-", Hasher.HashPassword(new CounsellorAccount("-", string.Empty, DateTimeOffset.UnixEpoch), Guid.NewGuid().ToString()), DateTimeOffset.UnixEpoch);

    [GeneratedRegex("^[A-Za-z0-9._-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
