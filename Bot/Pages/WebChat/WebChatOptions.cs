namespace ReportBot.Bot.Pages.WebChat;

/// <summary>Settings of the web chat page at <c>/</c>. Bound from the <c>WebChat</c> section.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>
    /// The neutral page that quick exit replaces the chat with. Pick one that looks ordinary in a shared browser.
    /// </summary>
    public string QuickExitUrl { get; set; } = "https://www.weather.go.kr/w/index.do";

    /// <summary>
    /// Origins allowed to show the page in an iframe (CSP <c>frame-ancestors</c>), e.g. <c>https://help.example.org</c>.
    /// Empty: the page cannot be framed at all.
    /// </summary>
    public List<string> FrameAncestors { get; set; } = [];
}
