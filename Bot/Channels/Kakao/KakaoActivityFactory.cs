using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Resources;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Turns a skill request into the Bot Framework message activity the bot runs on. The Kakao user key is replaced
/// by pseudonymous ids (see <see cref="KakaoIdentity"/>); the block's parameters and the tapped button's extra
/// travel along (<c>channelData</c>, and the extra also as the activity's <c>value</c>, like a button's payload).
/// </summary>
public static class KakaoActivityFactory
{
    public const string ServiceUrl = "urn:reportbot:kakao";

    public static Activity Create(KakaoSkillRequest request, string conversationId, KakaoIdentity identity, DateTimeOffset now)
    {
        var channelData = new JObject
        {
            ["blockId"] = request.BlockId,
            ["userType"] = request.UserType,
            ["callback"] = request.CallbackUrl is not null,
        };
        if (request.Params is not null)
        {
            channelData["params"] = JObject.Parse(request.Params.ToJsonString());
        }

        if (request.UserFlags is not null)
        {
            channelData["userFlags"] = JObject.Parse(request.UserFlags.ToJsonString());
        }

        JObject? extra = null;
        if (request.ClientExtra is not null)
        {
            extra = JObject.Parse(request.ClientExtra.ToJsonString());
            channelData["clientExtra"] = extra.DeepClone();
        }

        var from = new ChannelAccount(identity.UserId(request.BotId, request.UserId), role: RoleTypes.User);

        // An empty utterance with no button payload is Kakao opening the chat (a welcome block calling the skill):
        // the bot greets, as when a member joins on other channels, instead of asking for the missing text.
        var opening = string.IsNullOrWhiteSpace(request.Utterance) && extra is null;
        return new Activity
        {
            Type = opening ? ActivityTypes.ConversationUpdate : ActivityTypes.Message,
            MembersAdded = opening ? [from] : null,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = KakaoAdapter.ChannelId,
            ServiceUrl = ServiceUrl,
            Timestamp = now,
            From = from,
            Recipient = new ChannelAccount("reportbot", role: RoleTypes.Bot),
            Conversation = new ConversationAccount(id: conversationId),
            Text = opening ? null : request.Utterance,
            Locale = Locale(request.Lang),
            Value = extra,
            ChannelData = channelData,
        };
    }

    // Kakao has sent "kr" as well as "ko"; an unknown value is simply not passed on.
    private static string? Locale(string? lang) =>
        string.Equals(lang, "kr", StringComparison.OrdinalIgnoreCase)
            ? Language.Korean.Culture().Name
            : LanguageExtensions.FromCode(lang)?.Culture().Name;
}
