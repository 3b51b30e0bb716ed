using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Adapters;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// Turns each Azure channel's start event into the conversation start the bot already greets (a user added to the
/// conversation), so <c>/start</c> or a Get Started payload never reaches a question as if it were an answer, and
/// Teams' install greets like everywhere else. On a platform that knows who its users are, the start first brings the
/// privacy note: ReportBot stores no identity, the platform keeps its own records, the web chat is the most private way.
/// </summary>
public sealed class ChannelStartMiddleware(
    ChannelProfileCatalog profiles,
    RecentStarts recent,
    ITextCatalog texts,
    ConversationOptions conversation,
    ILogger<ChannelStartMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (turnContext.Adapter is not ReportBotAdapter
            || profiles.Find(activity.ChannelId) is not { } profile
            || activity.Conversation?.Id is not { } conversationId
            || ChannelStartEvents.Detect(activity, profile) is not { } kind)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        ChannelsLog.StartEvent(logger, profile.ChannelId, kind);
        var first = recent.TryMark(profile.ChannelId, conversationId);
        if (kind == ChannelStartEvents.Install && !first)
        {
            // The second announcement of the same install: the greeting has gone already.
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (kind != ChannelStartEvents.MembersAdded)
        {
            AsConversationStart(activity);
        }

        if (first && profile.KnowsIdentity && ChannelsText.PrivacyNote(profile.ChannelId) is { } note)
        {
            var reply = MessageFactory.Text(Bilingual(note));
            reply.Locale = conversation.DefaultLanguage.Culture().Name;
            await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    // The user joins: the bot greets (or, mid-conversation, keeps its place), and the start text is no answer.
    private static void AsConversationStart(Activity activity)
    {
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.Value = null;
        activity.MembersAdded = activity.From is { Id: { Length: > 0 } userId } ? [new ChannelAccount(userId)] : [];
    }

    // A first contact: the language is not known yet, so both, the default language first.
    private string Bilingual(TextKey note)
    {
        var first = conversation.DefaultLanguage;
        var second = first == Language.Korean ? Language.English : Language.Korean;
        return texts.Get(note, first) + "\n\n" + texts.Get(note, second);
    }
}
