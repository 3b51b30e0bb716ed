using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Adapters;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs the bot in-process for the embedded Direct Line endpoint. What the bot sends is appended to the
/// conversation's activity list (each with an id and the next watermark position), where Web Chat reads it.
/// Same middleware and <see cref="TurnErrorHandler"/> as every other adapter. Proactive messages (a counsellor's,
/// for instance) go through <see cref="ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>.
/// </summary>
public sealed class DirectLineAdapter : InProcessChannelAdapter
{
    /// <summary>The channel id of every activity this adapter creates, whatever a client claims.</summary>
    public const string ChannelId = "directline";

    /// <summary>There is no Connector service behind this channel; activities still carry a well-formed service URL.</summary>
    public const string ServiceUrl = "urn:reportbot:directline";

    /// <summary>The bot's account on this channel.</summary>
    public static readonly ChannelAccount BotAccount = new("reportbot", "ReportBot", role: RoleTypes.Bot);

    private readonly IDirectLineConversationStore _store;
    private readonly TimeProvider _clock;

    public DirectLineAdapter(
        TurnErrorHandler errorHandler,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        IDirectLineConversationStore store,
        TimeProvider clock)
        : base(errorHandler, middleware)
    {
        _store = store;
        _clock = clock;
    }

    /// <summary>Runs one turn for an activity that arrived over Direct Line (already stored and normalised).</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        context.TurnState.Add<System.Security.Principal.IIdentity>(BotIdentityKey, AnonymousIdentity());
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypesEx.Delay)
            {
                var delay = activity.Value is int ms ? ms : 1000;
                await Task.Delay(TimeSpan.FromMilliseconds(delay), _clock, cancellationToken).ConfigureAwait(false);
                responses.Add(new ResourceResponse());
                continue;
            }

            if (activity.Type is ActivityTypes.Trace or ActivityTypesEx.InvokeResponse)
            {
                // Traces are for the Emulator and invoke responses for the caller of an invoke: neither is for the survivor.
                responses.Add(new ResourceResponse());
                continue;
            }

            var conversationId = activity.Conversation?.Id ?? turnContext.Activity.Conversation?.Id
                ?? throw new DirectLineConversationNotFoundException("An activity to send has no conversation.");
            var conversation = await _store.FindForReplyAsync(conversationId, cancellationToken).ConfigureAwait(false)
                ?? throw new DirectLineConversationNotFoundException();
            var outgoing = ToChannel(activity, conversation);
            var id = await _store.AppendAsync(conversationId, outgoing, clientActivityId: null, cancellationToken).ConfigureAwait(false);
            responses.Add(new ResourceResponse(id));
        }

        return responses.ToArray();
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The embedded Direct Line channel does not update sent activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The embedded Direct Line channel does not delete sent activities.");

    /// <summary>
    /// Runs a proactive turn. The conversation must still be open (a survivor who closed the tab long ago cannot be
    /// reached on this channel): otherwise <see cref="DirectLineConversationNotFoundException"/> is thrown.
    /// Proactive turns do not wait for the survivor's turn in progress (a callback that itself posted into the same
    /// conversation would otherwise deadlock); keep them to sending, and let state changes happen in survivor turns.
    /// </summary>
    protected override async Task ContinueAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var conversationId = continuation.Conversation?.Id;
        var conversation = conversationId is null ? null : await _store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            throw new DirectLineConversationNotFoundException();
        }

        continuation.ChannelId = ChannelId;
        continuation.ServiceUrl = ServiceUrl;
        continuation.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        continuation.Recipient = BotAccount;
        continuation.Locale ??= conversation.Locale;
        await ProcessActivityAsync(continuation, callback, cancellationToken).ConfigureAwait(false);
    }

    private Activity ToChannel(Activity activity, DirectLineConversation conversation)
    {
        // A copy: the bot may reuse or change its activity object after sending it.
        var copy = DirectLineJson.ReadActivity(DirectLineJson.Serialize(activity))!;
        copy.ChannelId = ChannelId;
        copy.ServiceUrl = ServiceUrl;
        copy.Conversation = new ConversationAccount(id: conversation.Id);
        copy.From = BotAccount;
        copy.Recipient = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        copy.Timestamp = _clock.GetUtcNow();
        return copy;
    }

    private static ClaimsIdentity AnonymousIdentity() => new([], "anonymous");
}
