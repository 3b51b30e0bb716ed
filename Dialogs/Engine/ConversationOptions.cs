using ReportBot.Resources;

namespace ReportBot.Dialogs.Engine;

/// <summary>Settings of the conversations (section <c>Conversation</c>).</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>Language used before the survivor's language is known.</summary>
    public Language DefaultLanguage { get; set; } = Language.Korean;

    /// <summary>Longest message taken in one piece; a longer one gets a kind request to split it.</summary>
    public int MaxMessageChars { get; set; } = 8000;

    /// <summary>IANA time zone for dates such as "today" and "yesterday".</summary>
    public string TimeZone { get; set; } = "Asia/Seoul";
}
