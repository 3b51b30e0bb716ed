namespace ReportBot.Resources.Text;

/// <summary>Strings of the web chat page around Web Chat itself: title, quick exit, language switch, connection states.</summary>
public static class WebChatText
{
    public static readonly TextKey Title = new("webchat.page.title");
    public static readonly TextKey Intro = new("webchat.page.intro");
    public static readonly TextKey ExitButton = new("webchat.exit.button");
    public static readonly TextKey ExitHint = new("webchat.exit.hint");
    public static readonly TextKey LanguageToggle = new("webchat.language.toggle");
    public static readonly TextKey LanguageToggleLabel = new("webchat.language.toggle_label");

    /// <summary>What the page sends the bot (hidden) to switch the conversation to this language; the bot recognises it.</summary>
    public static readonly TextKey LanguageCommand = new("webchat.language.command");
    public static readonly TextKey ChatLabel = new("webchat.chat.label");
    public static readonly TextKey Connecting = new("webchat.status.connecting");
    public static readonly TextKey ConnectFailed = new("webchat.status.failed");
    public static readonly TextKey Ended = new("webchat.status.ended");
    public static readonly TextKey NoScript = new("webchat.noscript");

    /// <summary>Every page string, in the order the page's script receives them.</summary>
    public static readonly IReadOnlyList<TextKey> All =
        [Title, Intro, ExitButton, ExitHint, LanguageToggle, LanguageToggleLabel, LanguageCommand, ChatLabel, Connecting, ConnectFailed, Ended, NoScript];
}
