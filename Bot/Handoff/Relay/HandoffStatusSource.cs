using Microsoft.Bot.Builder;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Channels.Kakao;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>
/// Who may report a handoff's state with a <c>handoff.status</c> event: only the configured contact-centre channel,
/// through the Bot Framework adapter. A survivor's own client (the embedded Direct Line, Kakao) can send any event
/// it likes, so it must never be able to mark a handoff accepted or completed.
/// </summary>
public static class HandoffStatusSource
{
    public static bool IsTrusted(ITurnContext turnContext, HandoffOptions options) =>
        turnContext.Adapter is not (DirectLineAdapter or KakaoAdapter)
        && !string.IsNullOrWhiteSpace(options.ContactCentreChannel)
        && string.Equals(turnContext.Activity.ChannelId, options.ContactCentreChannel, StringComparison.OrdinalIgnoreCase);
}
