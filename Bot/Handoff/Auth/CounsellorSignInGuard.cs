using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Handoff.Auth;

/// <summary>
/// Defends local sign-in against guessing: a rate limit per account name (ASP.NET Core's partitioned limiter), a
/// lockout after <see cref="CounsellorAuthOptions.LockoutFailures"/> wrong passwords in a row, and a bound on how many
/// password hashes run at once, so a spray cannot take the cores that survivors' turns need. Account names are kept
/// only as an HMAC under a key that lives in this process's memory.
/// </summary>
public sealed class CounsellorSignInGuard : IDisposable
{
    private const int MaxTrackedNames = 10_000;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly ConcurrencyLimiter _hashing;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly CounsellorAuthOptions _options;
    private readonly TimeProvider _clock;

    public CounsellorSignInGuard(IOptions<CounsellorAuthOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        var perMinute = _options.SignInsPerAccountPerMinute;
        _perAccount = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
        var hashes = _options.MaxConcurrentHashes > 0 ? _options.MaxConcurrentHashes : Math.Max(1, Environment.ProcessorCount / 2);
        _hashing = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = hashes,
            QueueLimit = hashes * 4,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>
    /// Whether this name may try now: null when it may, else how long to wait (the account is locked, or it is being
    /// tried too often). Counts as an attempt.
    /// </summary>
    public TimeSpan? Refusal(string name)
    {
        var key = KeyOf(name);
        if (_failures.TryGetValue(key, out var failures) && failures.LockedUntil is { } until && until > _clock.GetUtcNow())
        {
            return until - _clock.GetUtcNow();
        }

        using var lease = _perAccount.AttemptAcquire(key);
        return lease.IsAcquired ? null : TimeSpan.FromMinutes(1);
    }

    /// <summary>True while the account is locked (checked again once a hashing slot is free, so queued guesses cost nothing).</summary>
    public bool IsLocked(string name) =>
        _failures.TryGetValue(KeyOf(name), out var failures) && failures.LockedUntil is { } until && until > _clock.GetUtcNow();

    /// <summary>Runs a password check when a hashing slot is free; null when too many are already waiting.</summary>
    public async Task<T?> HashAsync<T>(Func<CancellationToken, Task<T>> check, CancellationToken cancellationToken)
        where T : struct
    {
        using var lease = await _hashing.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            return null;
        }

        return await check(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A wrong password: counts towards the lockout. True when this failure locked the account.</summary>
    public bool Failed(string name)
    {
        var now = _clock.GetUtcNow();
        if (_failures.Count >= MaxTrackedNames)
        {
            Forget(now);
        }

        var updated = _failures.AddOrUpdate(
            KeyOf(name),
            _ => new Failures(1, null),
            (_, old) => old.LockedUntil is { } until && until <= now ? new Failures(1, null) : old with { Count = old.Count + 1 });
        if (updated.Count >= _options.LockoutFailures && updated.LockedUntil is null)
        {
            _failures[KeyOf(name)] = updated with { LockedUntil = now.AddMinutes(_options.LockoutMinutes) };
            return true;
        }

        return false;
    }

    /// <summary>A right password: the count of failures starts again.</summary>
    public void Succeeded(string name) => _failures.TryRemove(KeyOf(name), out _);

    public void Dispose()
    {
        _perAccount.Dispose();
        _hashing.Dispose();
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (failures.LockedUntil is null || failures.LockedUntil <= now)
            {
                _failures.TryRemove(new KeyValuePair<string, Failures>(key, failures));
            }
        }
    }

    private string KeyOf(string name) => Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(name)), 0, 16);

    private sealed record Failures(int Count, DateTimeOffset? LockedUntil);
}
