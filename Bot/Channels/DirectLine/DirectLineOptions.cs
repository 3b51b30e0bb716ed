namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Settings of the embedded Direct Line 3.0 endpoint (<c>/v3/directline</c>) that the web widget talks to.
/// Bound from the <c>DirectLine</c> section.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// The Direct Line secret for server-side callers (<c>Authorization: Bearer SECRET</c> on
    /// <c>tokens/generate</c> and <c>conversations</c>). Empty: only tokens from the page's token endpoint work.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Key that signs tokens (HMAC-SHA256), base64, at least 32 bytes. Empty: a random key is made at start-up, so
    /// tokens do not survive a restart. Every instance behind one address needs the same key.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token lives. Web Chat refreshes on a fixed 15-minute timer, so this must be longer.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation no client has touched for this long is forgotten (its activity list is dropped).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>At most this many conversations are held in memory at once; new ones are refused beyond it.</summary>
    public int MaxConversations { get; set; } = 5_000;

    /// <summary>Each conversation keeps at most this many activities for clients to read; older ones are dropped.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>How many new conversations one client address may start per minute (the address is never stored).</summary>
    public int ConversationStartsPerMinute { get; set; } = 10;

    /// <summary>
    /// A conversation is forgotten this long after it started, however busy, so nobody can hold a slot forever by
    /// reading. Long enough for a long talk with a counsellor; the survivor then starts a new conversation.
    /// </summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Stored activities of one conversation may take at most this many bytes; older ones are dropped first.</summary>
    public long MaxBytesPerConversation { get; set; } = 1024 * 1024;

    /// <summary>All conversations together may hold this many bytes; a client's post beyond it is refused (503).</summary>
    public long MaxTotalBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>How many messages a client may post to one conversation per minute (people do not type faster).</summary>
    public int MessagesPerMinute { get; set; } = 60;

    /// <summary>How many WebSocket streams may be open on one conversation at once (a page and a reconnect).</summary>
    public int MaxStreamsPerConversation { get; set; } = 3;

    /// <summary>After "delete my data" the bot's confirmation stays readable this long; then the conversation is gone.</summary>
    public TimeSpan ErasureGrace { get; set; } = TimeSpan.FromMinutes(2);
}
