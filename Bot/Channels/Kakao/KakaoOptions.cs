namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Settings of the Kakao i Open Builder skill endpoint (section <c>Kakao</c>), and every Kakao limit the adapter
/// respects, in one place. Sources of the limits, read in November 2026:
/// <list type="bullet">
/// <item>5 s answer time, callback URL single-use and valid 1 minute: VERIFIED in Kakao's AI chatbot callback
/// guide (kakaobusiness.gitbook.io/main/tool/chatbot/skill_guide/ai_chatbot_callback_guide).</item>
/// <item>Outputs per response (3), quick replies (10), <c>simpleText</c> length (1000): Kakao's response-format
/// page (kakaobusiness.gitbook.io/main/tool/chatbot/skill_guide/answer_json_format) could only be read in part;
/// these values are SECONDARY (the myabcc17/chatbot-v2-response-builder SDK: "max Component is 3",
/// "max QuickReply is 10"; several open-source skill servers cut simpleText at 1000). Treat as UNCONFIRMED.</item>
/// <item>Quick-reply label length (14): UNCONFIRMED, widely used. The label is only what is shown; the full
/// value is still sent as <c>messageText</c>, so a shortened label loses nothing.</item>
/// </list>
/// The defaults stay at or under these values; lower them if Kakao's console says less.
/// </summary>
public sealed class KakaoOptions
{
    public const string Section = "Kakao";

    /// <summary>Whether the skill endpoint is served at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where Kakao posts skill requests (the skill URL's path).</summary>
    public string Path { get; set; } = "/api/kakao";

    /// <summary>The custom header the skill is registered with in Kakao's console.</summary>
    public string HeaderName { get; set; } = "X-ReportBot-Kakao-Secret";

    /// <summary>The shared secret that header must carry. Empty: every request is accepted (local use only; warned at start-up).</summary>
    public string? Secret { get; set; }

    /// <summary>When not empty, only skill requests from these Kakao bot ids (<c>bot.id</c>) are served.</summary>
    public List<string> AllowedBotIds { get; set; } = [];

    /// <summary>
    /// Key for deriving the pseudonymous conversation id from the Kakao user id (HMAC-SHA256). Falls back to
    /// <see cref="Secret"/>; with neither, a fixed development key is used and a warning logged.
    /// </summary>
    public string? ConversationKey { get; set; }

    /// <summary>Largest skill request read (bytes). Kakao's payloads are small; anything bigger is refused.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>How long a turn may run before the endpoint answers without it (Kakao waits 5 s, VERIFIED).</summary>
    public int ReplyBudgetMilliseconds { get; set; } = 3500;

    /// <summary>Most components in <c>template.outputs</c> (3, secondary source).</summary>
    public int MaxOutputs { get; set; } = 3;

    /// <summary>Longest <c>simpleText.text</c> in UTF-16 units (1000, secondary source).</summary>
    public int MaxTextChars { get; set; } = 1000;

    /// <summary>Most entries in <c>template.quickReplies</c> (10, secondary source).</summary>
    public int MaxQuickReplies { get; set; } = 10;

    /// <summary>Longest quick-reply label in characters (14, UNCONFIRMED).</summary>
    public int MaxQuickReplyLabelChars { get; set; } = 14;

    /// <summary>Attempts at POSTing to a callback URL (only repeated when the request surely did not reach Kakao).</summary>
    public int CallbackAttempts { get; set; } = 3;

    /// <summary>Time allowed for one callback POST (the URL stays valid 1 minute, VERIFIED).</summary>
    public int CallbackTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// Callback hosts allowed: a host name, or a domain whose subdomains are allowed too. Empty:
    /// <see cref="DefaultCallbackDomains"/>, Kakao's own. Whatever the list, a callback never reaches a private,
    /// loopback or link-local address and never follows a redirect.
    /// </summary>
    public List<string> CallbackHosts { get; set; } = [];

    /// <summary>Allow http:// callback URLs (tests and local use only).</summary>
    public bool AllowInsecureCallback { get; set; }

    /// <summary>Allow callbacks to loopback addresses (tests only: a receiver on this machine).</summary>
    public bool AllowLoopbackCallback { get; set; }

    /// <summary>
    /// The callback domains used when <see cref="CallbackHosts"/> is empty. Kakao's callback URLs are issued under its
    /// own domain; the exact host is not documented in what we could read, so the whole domain is allowed.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultCallbackDomains = ["kakao.com"];

    /// <summary>Messages kept per conversation waiting for the survivor's next message.</summary>
    public int PendingPerConversation { get; set; } = 50;

    /// <summary>Conversations with waiting messages kept in memory at once.</summary>
    public int PendingConversations { get; set; } = 10_000;

    /// <summary>How long waiting messages are kept before they are discarded (hours).</summary>
    public int PendingHours { get; set; } = 72;
}
