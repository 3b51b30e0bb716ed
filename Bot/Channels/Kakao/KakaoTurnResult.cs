using Microsoft.Bot.Schema;
using ReportBot.Resources;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>What one turn produced: the bot's replies, and the conversation's language when the dialogs settled it.</summary>
public sealed record KakaoTurnResult(IReadOnlyList<Activity> Replies, Language? Language);
