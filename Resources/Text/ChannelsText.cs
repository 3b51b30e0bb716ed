namespace ReportBot.Resources.Text;

/// <summary>Strings of the Azure Bot Service channels: the first-contact privacy note per platform, held messages.</summary>
public static class ChannelsText
{
    public static readonly TextKey HeldMessages = new("channels.held_messages");
    public static readonly TextKey PrivacyTelegram = new("channels.privacy.telegram");
    public static readonly TextKey PrivacyFacebook = new("channels.privacy.facebook");
    public static readonly TextKey PrivacyLine = new("channels.privacy.line");
    public static readonly TextKey PrivacySlack = new("channels.privacy.slack");
    public static readonly TextKey PrivacyTeams = new("channels.privacy.msteams");

    /// <summary>The privacy note of a channel whose platform knows who its users are; null for one that does not.</summary>
    public static TextKey? PrivacyNote(string? channelId) => channelId?.ToLowerInvariant() switch
    {
        "telegram" => PrivacyTelegram,
        "facebook" => PrivacyFacebook,
        "line" => PrivacyLine,
        "slack" => PrivacySlack,
        "msteams" => PrivacyTeams,
        _ => null,
    };
}
