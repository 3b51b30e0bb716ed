namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Runs a conversation's turns one after another (a late turn may still be running in the background when the
/// survivor writes again; two turns at once would race on the conversation state) and lets a "more" request
/// wait for the turn in flight. The same request again while its turn is still unfinished (Kakao retrying a skill
/// call, a double tap) joins that turn instead of running a second one.
/// </summary>
public sealed class KakaoTurnQueue
{
    private readonly Dictionary<string, (Task<KakaoTurnResult> Turn, string? Request)> _latest = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Starts a turn after the conversation's previous one, or, when the latest unfinished turn is for the same
    /// <paramref name="request"/> (a digest of what was sent), returns that turn with <c>Joined</c> set.
    /// </summary>
    public (Task<KakaoTurnResult> Turn, bool Joined) Run(string conversationId, string? request, Func<CancellationToken, Task<KakaoTurnResult>> turn, CancellationToken cancellationToken)
    {
        Task<KakaoTurnResult> next;
        lock (_gate)
        {
            _latest.TryGetValue(conversationId, out var latest);
            if (request is not null && latest.Turn is { IsCompleted: false } running && string.Equals(latest.Request, request, StringComparison.Ordinal))
            {
                return (running, true);
            }

            next = AfterAsync(latest.Turn, turn, cancellationToken);
            _latest[conversationId] = (next, request);
        }

        _ = next.ContinueWith(
            done =>
            {
                lock (_gate)
                {
                    if (_latest.TryGetValue(conversationId, out var current) && ReferenceEquals(current.Turn, done))
                    {
                        _latest.Remove(conversationId);
                    }
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return (next, false);
    }

    /// <summary>The conversation's unfinished turn, if any.</summary>
    public Task<KakaoTurnResult>? Current(string conversationId)
    {
        lock (_gate)
        {
            return _latest.TryGetValue(conversationId, out var current) && !current.Turn.IsCompleted ? current.Turn : null;
        }
    }

    private static async Task<KakaoTurnResult> AfterAsync(Task<KakaoTurnResult>? previous, Func<CancellationToken, Task<KakaoTurnResult>> turn, CancellationToken cancellationToken)
    {
        if (previous is not null)
        {
            try
            {
                await previous.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The previous turn's failure was handled where it was awaited; this turn runs regardless.
            }
        }

        return await turn(cancellationToken).ConfigureAwait(false);
    }
}
