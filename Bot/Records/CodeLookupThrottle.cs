using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Records;

/// <summary>
/// The same brake on guessing case codes over HTTP as in chat: after <see cref="CasesOptions.MaxCodeAttempts"/> wrong
/// codes from one client, no code from it is checked for <see cref="CaseCodeDialog.Pause"/>. The client's address is
/// never stored or logged: clients are told apart by an HMAC of it under a key that lives only in this process.
/// </summary>
public sealed class CodeLookupThrottle(IOptions<CasesOptions> options, TimeProvider clock)
{
    private const int MaxTrackedClients = 100_000;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? PausedUntil, DateTimeOffset Seen)> _clients = new(StringComparer.Ordinal);

    /// <summary>True while code checks for this client are paused.</summary>
    public bool IsPaused(HttpContext context) =>
        _clients.TryGetValue(Client(context), out var state) && state.PausedUntil is { } until && until > clock.GetUtcNow();

    public void Failed(HttpContext context)
    {
        var now = clock.GetUtcNow();
        if (_clients.Count > MaxTrackedClients)
        {
            Prune(now);
        }

        _clients.AddOrUpdate(
            Client(context),
            _ => (1, null, now),
            (_, state) =>
            {
                var failures = state.PausedUntil is { } until && until <= now ? 1 : state.Failures + 1;
                return failures >= options.Value.MaxCodeAttempts ? (0, now + CaseCodeDialog.Pause, now) : (failures, null, now);
            });
    }

    public void Succeeded(HttpContext context) => _clients.TryRemove(Client(context), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (client, state) in _clients)
        {
            if (state.Seen + CaseCodeDialog.Pause < now)
            {
                _clients.TryRemove(client, out _);
            }
        }
    }

    private string Client(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.GetAddressBytes() ?? [];
        return Convert.ToBase64String(HMACSHA256.HashData(_key, address), 0, 16);
    }
}
