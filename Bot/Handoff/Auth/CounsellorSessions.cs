using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Handoff.Auth;

/// <summary>
/// Server-side sessions behind local counsellor tokens: a token is honoured only while its session lives, so
/// signing out, resetting the password or removing the account revoke it, and any open console connection of the
/// session is closed. Sessions live in the shared object store (named by a hash of their id, never the id itself),
/// so a token issued by one instance works on another and survives a restart; each instance re-reads a session it
/// has seen at most every <see cref="RecheckAfter"/>, so an end on one instance reaches the others within that time.
/// The token's own expiry bounds the session's life (checked by the token handler).
/// </summary>
public sealed class CounsellorSessions(IObjectStore store, TimeProvider clock)
{
    /// <summary>The token claim that names the session.</summary>
    public const string Claim = "sid";

    /// <summary>How long an instance trusts what it last read of a session.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(10);

    private const string Prefix = "counsellor-sessions/";
    private const int MaxPerCounsellor = 10;
    private readonly ConcurrentDictionary<string, Seen> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string SessionId, Action Close)> _connections = new(StringComparer.Ordinal);

    /// <summary>Starts a session for a counsellor until <paramref name="expires"/>; returns its id.</summary>
    public async Task<string> StartAsync(string name, string accountStamp, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var session = new Session(name, accountStamp, now, expires);
        await store.WriteAsync(NameOf(id), JsonSerializer.SerializeToUtf8Bytes(session), WriteCondition.None, cancellationToken).ConfigureAwait(false);
        _seen[id] = new Seen(session, now);

        // Expired sessions go; a counsellor keeps at most a few (the oldest ends when one more starts).
        var mine = new List<(string Name, Session Session)>();
        await foreach (var info in store.ListAsync(Prefix, cancellationToken).ConfigureAwait(false))
        {
            if (await ReadAsync(info.Name, cancellationToken).ConfigureAwait(false) is not { } other)
            {
                continue;
            }

            if (other.Expires <= now)
            {
                await store.DeleteAsync(info.Name, cancellationToken).ConfigureAwait(false);
            }
            else if (other.Name == name)
            {
                mine.Add((info.Name, other));
            }
        }

        foreach (var old in mine.OrderByDescending(p => p.Session.Started).Skip(MaxPerCounsellor))
        {
            await store.DeleteAsync(old.Name, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>
    /// True when the session exists and belongs to the counsellor, and the account is as it was at sign-in
    /// (<paramref name="accountStamp"/>: a new password ends every older session).
    /// </summary>
    public async Task<bool> IsActiveAsync(string? sessionId, string? name, string accountStamp, CancellationToken cancellationToken)
    {
        if (sessionId is null || name is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        Session? session;
        if (_seen.TryGetValue(sessionId, out var seen) && now - seen.At < RecheckAfter && now >= seen.At)
        {
            session = seen.Session;
        }
        else
        {
            session = await ReadAsync(NameOf(sessionId), cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                Forget(sessionId);
                return false;
            }

            _seen[sessionId] = new Seen(session, now);
        }

        if (session.Name != name || session.AccountStamp != accountStamp)
        {
            await EndAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return false;
        }

        return true;
    }

    /// <summary>True while this instance knows the session and has not seen it end.</summary>
    public bool Exists(string sessionId) => _seen.ContainsKey(sessionId);

    /// <summary>Ends a session everywhere and closes its live connections on this instance.</summary>
    public async Task EndAsync(string sessionId, CancellationToken cancellationToken)
    {
        Forget(sessionId);
        await store.DeleteAsync(NameOf(sessionId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ties a live connection to its session, so ending the session closes it.</summary>
    public void Attach(string connectionId, string sessionId, Action close) => _connections[connectionId] = (sessionId, close);

    public void Detach(string connectionId) => _connections.TryRemove(connectionId, out _);

    private void Forget(string sessionId)
    {
        _seen.TryRemove(sessionId, out _);
        foreach (var (connectionId, connection) in _connections)
        {
            if (connection.SessionId == sessionId && _connections.TryRemove(connectionId, out _))
            {
                connection.Close();
            }
        }
    }

    private async Task<Session?> ReadAsync(string objectName, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(objectName, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : JsonSerializer.Deserialize<Session>(stored.Content);
    }

    private static string NameOf(string sessionId) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));

    private sealed record Session(string Name, string AccountStamp, DateTimeOffset Started, DateTimeOffset Expires);

    private sealed record Seen(Session Session, DateTimeOffset At);
}
