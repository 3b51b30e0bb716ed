using System.Text.Json.Nodes;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>A quick reply as read from a skill response.</summary>
public sealed record KakaoQuickReplyView(string Label, string Action, string MessageText, JsonObject? Extra);
