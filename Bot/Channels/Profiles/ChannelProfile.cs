namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// What one Azure Bot Service channel can show and allow (data from <c>Resources/Channels/profiles.json</c>, where
/// every value names its source). The renderer fits ReportBot's replies into it.
/// </summary>
public sealed record ChannelProfile
{
    public required string ChannelId { get; init; }

    /// <summary>The platform's name as survivors know it.</summary>
    public required string Name { get; init; }

    /// <summary>Longest text of one message, in UTF-16 units.</summary>
    public required int MaxTextChars { get; init; }

    /// <summary>Most buttons (suggested actions / quick replies) on one message; 0 = choices are always numbered text.</summary>
    public required int MaxSuggestedActions { get; init; }

    /// <summary>Longest button label, in characters as a person sees them.</summary>
    public required int MaxActionLabelChars { get; init; }

    /// <summary>Largest value a button may carry (UTF-8 bytes); null when the channel sets no lower limit than the label's.</summary>
    public int? MaxActionValueBytes { get; init; }

    public required bool HeroCards { get; init; }

    /// <summary>True when the channel formats Markdown (so text goes out as plain); false when it shows markup as typed.</summary>
    public required bool RendersMarkdown { get; init; }

    public required bool Typing { get; init; }

    public required ProactiveRule Proactive { get; init; }

    /// <summary>For <see cref="ProactiveRule.Window"/>: how long after the survivor's last message the bot may still write.</summary>
    public TimeSpan? ProactiveWindow { get; init; }

    /// <summary>True when the platform itself knows who the user is (the first-contact privacy note is shown).</summary>
    public required bool KnowsIdentity { get; init; }

    /// <summary>Messages that start a conversation on this channel (Telegram's <c>/start</c>).</summary>
    public IReadOnlyList<string> StartCommands { get; init; } = [];

    /// <summary>Postback payloads that start a conversation (Messenger's Get Started button).</summary>
    public IReadOnlyList<string> StartPostbacks { get; init; } = [];
}
