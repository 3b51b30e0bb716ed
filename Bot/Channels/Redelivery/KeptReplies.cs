namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// The replies of a conversation's latest activity as kept for a redelivery: sealed under the key of the
/// <paramref name="Period"/> they were kept in (<see cref="RedeliveryReplyKeys"/>), base64.
/// </summary>
public sealed record KeptReplies(long Period, string Sealed);
