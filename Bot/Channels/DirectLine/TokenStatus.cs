namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>Whether a Direct Line token can be used.</summary>
public enum TokenStatus
{
    Invalid,
    Expired,
    Valid,
}
