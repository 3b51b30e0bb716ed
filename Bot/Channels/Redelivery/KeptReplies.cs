namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// The replies of a conversation's latest activity as kept for a redelivery: sealed under the key of the
/// <paramref name="Period"/> they were kept in (<see cref="RedeliveryReplyKeys"/>). Held as bytes; the state's JSON
/// writes them as base64.
/// </summary>
public sealed record KeptReplies(long Period, byte[] Sealed);
