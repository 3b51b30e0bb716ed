namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// A message waiting for the survivor's next skill request: a counsellor's message, the rest of a long answer,
/// or an answer that finished after Kakao stopped waiting. Holds already-localised text only.
/// </summary>
public sealed record KakaoPendingMessage(string Text, IReadOnlyList<KakaoQuickReply> QuickReplies, DateTimeOffset Queued);
