using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Adapters;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// When a survivor writes on a channel that forbids late messages, first delivers what was held for them while the
/// window was closed (a counsellor's words, see <see cref="ProactiveWindowPolicy"/>), then lets the turn run.
/// </summary>
public sealed class HeldMessagesMiddleware(ChannelProfileCatalog profiles, HeldMessageStore held, ITextCatalog texts, ILogger<HeldMessagesMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (turnContext.Adapter is ReportBotAdapter
            && activity.Type == ActivityTypes.Message
            && profiles.Find(activity.ChannelId) is { Proactive: not ProactiveRule.Always } profile
            && activity.Conversation?.Id is { } conversationId)
        {
            var messages = await held.TakeAsync(profile.ChannelId, conversationId, cancellationToken).ConfigureAwait(false);
            if (messages.Count > 0)
            {
                var language = LanguageOf(messages[0].Locale);
                var replies = new List<IActivity> { Text(texts.Get(ChannelsText.HeldMessages, language), language.Culture().Name) };
                replies.AddRange(messages.Select(m => Text(m.Text, m.Locale)));
                await turnContext.SendActivitiesAsync(replies.ToArray(), cancellationToken).ConfigureAwait(false);
                ChannelsLog.HeldDelivered(logger, messages.Count, profile.ChannelId);
            }
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    private static Activity Text(string text, string? locale)
    {
        var activity = MessageFactory.Text(text);
        activity.Locale = locale;
        return activity;
    }

    private static Language LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Korean;
}
