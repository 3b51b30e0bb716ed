using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Adapters;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// A number typed after buttons were sent as numbered lines (<see cref="ChannelRenderer"/>) becomes what that button
/// would have sent, so "1" under "1. Done" finishes a story instead of being added to it. Numbers are read the way
/// choice questions read them (a digit, with a counter word from the phrase lists, or a circled number).
/// </summary>
public sealed class NumberedReplyMiddleware(NumberedChoiceMemory numbered, ITextCatalog texts, IPhraseCatalog phrases) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (turnContext.Adapter is ReportBotAdapter
            && activity.Type == ActivityTypes.Message
            && activity.Conversation?.Id is { } conversationId
            && numbered.Take(activity.ChannelId, conversationId) is { Count: > 0 } values
            && !string.IsNullOrWhiteSpace(activity.Text))
        {
            var choices = values.Select((v, i) => new Choice(v, string.Empty)).ToList();
            var probe = new Activity { Type = ActivityTypes.Message, Text = activity.Text };
            if (ChoiceRecognizer.RecognizeOne(probe, choices, texts, phrases) is { } found)
            {
                activity.Text = values[found.Index];
            }
        }

        return next(cancellationToken);
    }
}
