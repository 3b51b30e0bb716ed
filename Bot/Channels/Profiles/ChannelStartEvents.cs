using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// Recognises how each channel starts a conversation: Telegram's <c>/start</c> (also with a deep-link parameter),
/// Messenger's Get Started postback, a user added to the conversation (LINE's follow, Slack, Web Chat), and Teams
/// installing the app (installationUpdate "add", or the bot itself among membersAdded of a personal chat).
/// </summary>
public static class ChannelStartEvents
{
    public const string Command = "command";
    public const string Postback = "postback";
    public const string MembersAdded = "members-added";
    public const string Install = "install";

    public static string? Detect(Activity activity, ChannelProfile profile)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var text = activity.Text?.Trim() ?? string.Empty;
                var firstWord = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
                if (profile.StartCommands.Contains(firstWord, StringComparer.OrdinalIgnoreCase))
                {
                    return Command;
                }

                var payload = (activity.ChannelData as JObject)?.SelectToken("postback.payload")?.Value<string>();
                return profile.StartPostbacks.Count > 0
                    && (profile.StartPostbacks.Contains(payload ?? string.Empty, StringComparer.Ordinal)
                        || (payload is not null && profile.StartPostbacks.Contains(text, StringComparer.Ordinal)))
                    ? Postback
                    : null;

            case ActivityTypes.ConversationUpdate:
                var botId = activity.Recipient?.Id;
                var added = activity.MembersAdded ?? [];
                if (added.Any(m => m.Id != botId))
                {
                    return MembersAdded;
                }

                return added.Any(m => m.Id == botId) && activity.Conversation?.ConversationType == "personal" ? Install : null;

            case ActivityTypes.InstallationUpdate:
                return activity.Action == "add" ? Install : null;

            default:
                return null;
        }
    }
}
