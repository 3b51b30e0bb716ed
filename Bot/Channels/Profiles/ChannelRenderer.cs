using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Channels.Text;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// Fits an outgoing activity into its channel's profile, on the <c>/api/messages</c> path: buttons stay buttons when the
/// channel can show all of them whole, and become numbered lines when it cannot (too many, a label too long, or no
/// buttons at all); long text is split on sentence boundaries (<see cref="MessageTextSplitter"/>) with the buttons on
/// the last piece; text goes out as plain text and without Markdown a channel would show as typed; typing indicators
/// are dropped where the channel has none. Channels without a profile (the emulator, tests) are left as they are.
/// </summary>
public sealed class ChannelRenderer(ChannelProfileCatalog profiles, NumberedChoiceMemory numbered)
{
    public IReadOnlyList<Activity> Render(Activity activity)
    {
        var profile = profiles.Find(activity.ChannelId);
        if (profile is null)
        {
            return [activity];
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            return profile.Typing ? [activity] : [];
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return [activity];
        }

        var text = activity.Text ?? string.Empty;
        if (!profile.RendersMarkdown)
        {
            text = PlainText.FromMarkdown(text);
        }

        var actions = activity.SuggestedActions?.Actions;
        IList<CardAction>? buttons = null;
        if (actions is { Count: > 0 })
        {
            if (Fits(actions, profile))
            {
                buttons = actions;
                Forget(activity);
            }
            else
            {
                text = Numbered(text, actions);
                if (activity.Conversation?.Id is { } conversationId)
                {
                    numbered.Remember(activity.ChannelId, conversationId, actions.Select(ValueOf).ToList());
                }
            }
        }

        var pieces = text.Trim().Length == 0 ? [text] : MessageTextSplitter.Split(text, profile.MaxTextChars);
        var rendered = new List<Activity>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces.Count == 1 ? activity : Copy(activity);
            piece.Text = pieces[i];
            piece.TextFormat = TextFormatTypes.Plain;
            var last = i == pieces.Count - 1;
            piece.SuggestedActions = last && buttons is not null ? new SuggestedActions(activity.SuggestedActions!.To, buttons) : null;
            if (!last)
            {
                piece.Attachments = null;
            }

            rendered.Add(piece);
        }

        return rendered;
    }

    /// <summary>True when every button can be shown whole: few enough, labels short enough, values small enough.</summary>
    public static bool Fits(IList<CardAction> actions, ChannelProfile profile) =>
        actions.Count <= profile.MaxSuggestedActions
        && actions.All(a => new StringInfo(a.Title ?? ValueOf(a)).LengthInTextElements <= profile.MaxActionLabelChars)
        && (profile.MaxActionValueBytes is not { } maxBytes || actions.All(a => Encoding.UTF8.GetByteCount(ValueOf(a)) <= maxBytes));

    private static string Numbered(string text, IList<CardAction> actions)
    {
        var list = new StringBuilder();
        for (var i = 0; i < actions.Count; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"{i + 1}. {actions[i].Title ?? ValueOf(actions[i])}");
            if (i < actions.Count - 1)
            {
                list.Append('\n');
            }
        }

        // A question that already numbers its choices under it (the report's choice questions do) is not given the
        // same list a second time.
        var body = text.TrimEnd();
        var numberedLines = list.ToString();
        if (body.EndsWith(numberedLines, StringComparison.Ordinal))
        {
            return body;
        }

        return body.Length == 0 ? numberedLines : body + "\n\n" + numberedLines;
    }

    // What tapping the button would have sent.
    private static string ValueOf(CardAction action) => action.Value as string ?? action.Title ?? string.Empty;

    private void Forget(Activity activity)
    {
        if (activity.Conversation?.Id is { } conversationId)
        {
            numbered.Forget(activity.ChannelId, conversationId);
        }
    }

    private static Activity Copy(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
}
