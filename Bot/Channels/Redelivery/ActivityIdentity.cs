using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// What makes two deliveries "the same activity" on each channel. A Direct Line client (Web Chat, botframework-directlinejs)
/// stamps every activity it posts with <c>channelData.clientActivityID</c> and posts it again with the same one when
/// the response was lost, while the service gives each post a new <c>id</c>; so that stamp wins where present. Otherwise
/// the channel's own activity id: Azure Bot Service redelivers an activity to <c>/api/messages</c> with the id it had.
/// Activities with neither (and the Kakao adapter's, whose ids are made per request) are never taken for a redelivery.
/// </summary>
public static class ActivityIdentity
{
    /// <summary>Longest identity taken; anything longer is not a channel's id.</summary>
    public const int MaxLength = 256;

    public static string? Of(IActivity activity)
    {
        if (activity is Activity { ChannelData: JObject data } && data["clientActivityID"] is JValue { Type: JTokenType.String } stamp
            && (string?)stamp is { Length: > 0 and <= MaxLength } client)
        {
            return "client:" + client;
        }

        return activity.Id is { Length: > 0 and <= MaxLength } id ? "id:" + id : null;
    }
}
