using System.Text;
using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Turns the bot's outgoing activities into Kakao messages: the text, and the suggested actions as quick replies.
/// Actions a quick reply cannot carry (links, phone calls) are written into the text, so nothing is lost.
/// </summary>
public static class KakaoActivityConverter
{
    public static KakaoPendingMessage? Convert(Activity activity, DateTimeOffset now)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        var text = new StringBuilder(activity.Text?.Trim() ?? string.Empty);
        var quickReplies = new List<KakaoQuickReply>();
        foreach (var card in activity.Attachments?.Select(a => a.Content).OfType<HeroCard>() ?? [])
        {
            AppendLine(text, card.Title);
            AppendLine(text, card.Text);
            AddActions(card.Buttons, quickReplies, text);
        }

        AddActions(activity.SuggestedActions?.Actions, quickReplies, text);
        return text.Length == 0 && quickReplies.Count == 0 ? null : new KakaoPendingMessage(text.ToString(), quickReplies, now);
    }

    private static void AddActions(IList<CardAction>? actions, List<KakaoQuickReply> quickReplies, StringBuilder text)
    {
        foreach (var action in actions ?? [])
        {
            var value = action.Value?.ToString();
            switch (action.Type)
            {
                case ActionTypes.OpenUrl:
                case ActionTypes.Call:
                    AppendLine(text, string.IsNullOrWhiteSpace(action.Title) ? value : $"{action.Title}: {StripScheme(value)}");
                    break;
                case ActionTypes.MessageBack:
                    var sent = action.Text ?? action.DisplayText ?? value ?? action.Title;
                    if (!string.IsNullOrWhiteSpace(sent))
                    {
                        quickReplies.Add(new KakaoQuickReply(action.DisplayText ?? action.Title ?? sent, sent));
                    }

                    break;
                default:
                    var message = string.IsNullOrWhiteSpace(value) ? action.Title : value;
                    if (!string.IsNullOrWhiteSpace(message))
                    {
                        quickReplies.Add(new KakaoQuickReply(string.IsNullOrWhiteSpace(action.Title) ? message : action.Title, message));
                    }

                    break;
            }
        }
    }

    private static string? StripScheme(string? value) =>
        value is not null && value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? value[4..] : value;

    private static void AppendLine(StringBuilder text, string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(line.Trim());
    }
}
