namespace ReportBot.Bot.Channels.Profiles;

/// <summary>When a channel lets the bot write without being written to first.</summary>
public enum ProactiveRule
{
    /// <summary>At any time (Telegram, Teams, Slack...).</summary>
    Always,

    /// <summary>Only within <see cref="ChannelProfile.ProactiveWindow"/> after the survivor's last message (Messenger's 24 hours).</summary>
    Window,

    /// <summary>Only in answer to a message.</summary>
    Never,
}
