namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// A proactive message could not be queued for a Kakao survivor because their queue (or the outbox) is full. The
/// sender (the handoff feature) must know, so it can tell the counsellor instead of losing the message quietly.
/// </summary>
public sealed class KakaoOutboxFullException : InvalidOperationException
{
    public KakaoOutboxFullException()
        : base("The Kakao conversation has too many messages waiting; this one was not queued.")
    {
    }

    public KakaoOutboxFullException(string message)
        : base(message)
    {
    }

    public KakaoOutboxFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
