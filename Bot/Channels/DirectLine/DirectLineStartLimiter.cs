using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Limits how many conversations one client address may start per minute. The address is never stored or logged:
/// the limiter is keyed by an HMAC of it under a key that lives only in this process's memory.
/// </summary>
public sealed class DirectLineStartLimiter : IDisposable
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly PartitionedRateLimiter<string> _limiter;

    public DirectLineStartLimiter(IOptions<DirectLineOptions> options)
    {
        var permits = options.Value.ConversationStartsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>True when this client may start another conversation now.</summary>
    public bool TryAcquire(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.GetAddressBytes() ?? [];
        var partition = Convert.ToBase64String(HMACSHA256.HashData(_key, address), 0, 16);
        using var lease = _limiter.AttemptAcquire(partition);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
