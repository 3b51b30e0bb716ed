using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// Server-side sessions behind local counsellor tokens: a token is honoured only while its session lives, so
/// signing out, removing the account, resetting its password or the session's expiry revoke it at once, and any
/// open console connection of the session is closed. Held in memory: a restart signs everyone out (local accounts
/// serve one instance; several instances use Entra ID).
/// </summary>
public sealed class CounsellorSessions(TimeProvider clock)
{
    /// <summary>The token claim that names the session.</summary>
    public const string Claim = "sid";

    private const int MaxPerCounsellor = 10;
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string SessionId, Action Close)> _connections = new(StringComparer.Ordinal);

    /// <summary>Starts a session for a counsellor until <paramref name="expires"/>; returns its id.</summary>
    public string Start(string name, string accountStamp, DateTimeOffset expires)
    {
        var now = clock.GetUtcNow();
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _sessions[id] = new Session(name, accountStamp, now, expires);

        // Expired sessions go; a counsellor keeps at most a few (the oldest ends when one more starts).
        var mine = new List<KeyValuePair<string, Session>>();
        foreach (var pair in _sessions)
        {
            if (pair.Value.Expires <= now)
            {
                End(pair.Key);
            }
            else if (pair.Value.Name == name)
            {
                mine.Add(pair);
            }
        }

        foreach (var old in mine.OrderByDescending(p => p.Value.Started).Skip(MaxPerCounsellor))
        {
            End(old.Key);
        }

        return id;
    }

    /// <summary>
    /// True when the session exists, belongs to the counsellor, has not expired, and the account is as it was at
    /// sign-in (<paramref name="accountStamp"/>: a new password ends every older session).
    /// </summary>
    public bool IsActive(string? sessionId, string? name, string accountStamp)
    {
        if (sessionId is null || name is null || !_sessions.TryGetValue(sessionId, out var session))
        {
            return false;
        }

        if (session.Expires <= clock.GetUtcNow() || session.Name != name || session.AccountStamp != accountStamp)
        {
            End(sessionId);
            return false;
        }

        return true;
    }

    /// <summary>True while the session has not been ended (it may still have expired: tokens check that).</summary>
    public bool Exists(string sessionId) => _sessions.ContainsKey(sessionId);

    /// <summary>Ends a session and closes its live connections.</summary>
    public void End(string sessionId)
    {
        _sessions.TryRemove(sessionId, out _);
        foreach (var (connectionId, connection) in _connections)
        {
            if (connection.SessionId == sessionId && _connections.TryRemove(connectionId, out _))
            {
                connection.Close();
            }
        }
    }

    /// <summary>Ends every session of a counsellor (account removed or password reset).</summary>
    public void EndAll(string name)
    {
        foreach (var (id, session) in _sessions)
        {
            if (session.Name == name)
            {
                End(id);
            }
        }
    }

    /// <summary>Ties a live connection to its session, so ending the session closes it.</summary>
    public void Attach(string connectionId, string sessionId, Action close) => _connections[connectionId] = (sessionId, close);

    public void Detach(string connectionId) => _connections.TryRemove(connectionId, out _);

    private sealed record Session(string Name, string AccountStamp, DateTimeOffset Started, DateTimeOffset Expires);
}
