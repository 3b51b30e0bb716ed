namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// One skill response's content: texts (one <c>simpleText</c> each) and quick replies, within Kakao's limits, plus
/// what did not fit and waits for the survivor's "more".
/// </summary>
public sealed record KakaoReply(IReadOnlyList<string> Outputs, IReadOnlyList<KakaoQuickReply> QuickReplies, IReadOnlyList<KakaoPendingMessage> Leftover);
