using Microsoft.Bot.Schema;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The language the channel says the survivor uses: the activity's locale (the web page sends its own language, as
/// Web Chat does), and Korean for KakaoTalk, a Korean messenger. Null when nothing says.
/// </summary>
public static class ChannelLanguage
{
    /// <summary>The channel id of the KakaoTalk adapter (Bot/Channels/Kakao).</summary>
    public const string Kakao = "kakao";

    public static Language? Of(Activity activity) =>
        LanguageExtensions.FromCode(activity.Locale)
        ?? (string.Equals(activity.ChannelId, Kakao, StringComparison.OrdinalIgnoreCase) ? Language.Korean : null);
}
