using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Limits how fast a client may post to one conversation (a token bucket per conversation: a short burst, then
/// <see cref="DirectLineOptions.MessagesPerMinute"/>). Nobody types faster; a script flooding its own conversation
/// gets 429 instead of bot turns (after a burst of half a minute's worth, for a scripted client), so the survivors' turns keep the CPU.
/// </summary>
public sealed class DirectLinePostLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public DirectLinePostLimiter(IOptions<DirectLineOptions> options)
    {
        var perMinute = options.Value.MessagesPerMinute;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(10, perMinute / 2),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => bucket));
    }

    /// <summary>True when the conversation may take another post now.</summary>
    public bool TryAcquire(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
