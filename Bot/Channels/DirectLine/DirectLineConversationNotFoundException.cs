namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Thrown when an activity is sent to a Direct Line conversation that has ended or expired.</summary>
public sealed class DirectLineConversationNotFoundException : InvalidOperationException
{
    public DirectLineConversationNotFoundException()
        : base("The Direct Line conversation has ended or expired.")
    {
    }

    public DirectLineConversationNotFoundException(string message)
        : base(message)
    {
    }

    public DirectLineConversationNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
