namespace ReportBot.Bot.Channels.Kakao;

/// <summary>A quick reply (<c>action: "message"</c>): the label shown, the text sent when tapped, and an optional extra.</summary>
public sealed record KakaoQuickReply(string Label, string MessageText, string? ExtraCommand = null);
