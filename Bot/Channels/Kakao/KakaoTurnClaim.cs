namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Decides, exactly once, who delivers a turn's replies: the skill request that is waiting for them (the turn
/// ended within the budget), or the turn itself (the request has already been answered without them).
/// </summary>
public sealed class KakaoTurnClaim
{
    private const int Pending = 0;
    private const int TakenByRequest = 1;
    private const int LeftToTurn = 2;
    private int _state;

    /// <summary>Where a late turn sends its replies: the callback URL, or (null) the outbox.</summary>
    public Uri? CallbackUrl { get; private set; }

    /// <summary>Called by the turn when it ends: true when the waiting request takes the replies.</summary>
    public bool TryTakeByRequest() => Interlocked.CompareExchange(ref _state, TakenByRequest, Pending) != LeftToTurn;

    /// <summary>Called by the request when the budget ran out: true when the turn must now deliver on its own.</summary>
    public bool TryLeaveToTurn(Uri? callbackUrl)
    {
        CallbackUrl = callbackUrl;
        return Interlocked.CompareExchange(ref _state, LeftToTurn, Pending) == Pending;
    }
}
