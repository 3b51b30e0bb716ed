using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Logging;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// The channel's behaviour behind the HTTP routes: starting a conversation (and greeting the survivor before they
/// type), taking in a client's activity (stored, echoed back, then given to the bot) and reading activities.
/// </summary>
public sealed class DirectLineChannel(
    IDirectLineConversationStore store,
    DirectLineAdapter adapter,
    ConversationTurnGate gate,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<DirectLineOptions> options,
    ILogger<DirectLineChannel> logger)
{
    /// <summary>Most activities returned by one read; the client reads again with the new watermark for more.</summary>
    public const int PageSize = 100;

    /// <summary>The largest activity taken, in serialised characters (the Direct Line service's own limit).</summary>
    public const int MaxActivityChars = 256 * 1024;

    /// <summary>Creates the conversation if needed and greets the survivor. Null when the store is full.</summary>
    public async Task<ConversationStart?> StartAsync(string conversationId, string? userId, string? locale, string caller, IBot bot, CancellationToken cancellationToken)
    {
        var start = await store.StartAsync(conversationId, userId ?? NewUserId(), locale, cancellationToken).ConfigureAwait(false);
        if (start is null)
        {
            DirectLineLog.StoreFull(logger, options.Value.MaxConversations);
            return null;
        }

        if (start.Created)
        {
            DirectLineLog.ConversationStarted(logger, "new", caller);
            await GreetAsync(start.Conversation, bot, cancellationToken).ConfigureAwait(false);
        }

        return start;
    }

    /// <summary>Stores the client's activity with a server id, runs the bot's turn, and returns the id.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity incoming, IBot bot, CancellationToken cancellationToken)
    {
        var clientActivityId = ClientActivityId(incoming);
        using var turn = await gate.EnterAsync(conversation.Id, cancellationToken).ConfigureAwait(false);
        if (clientActivityId is not null
            && await store.FindByClientActivityIdAsync(conversation.Id, clientActivityId, cancellationToken).ConfigureAwait(false) is { } already)
        {
            // directlinejs retries a post that timed out: the survivor's words are taken once.
            return already;
        }

        var activity = Normalise(incoming, conversation, clientActivityId);
        if (activity.Type == ActivityTypes.Typing)
        {
            return $"{conversation.Id}|typing";
        }

        var id = await store.AppendAsync(conversation.Id, activity, clientActivityId, cancellationToken).ConfigureAwait(false);
        var forBot = DirectLineJson.ReadActivity(DirectLineJson.Serialize(activity))!;
        await adapter.ProcessActivityAsync(forBot, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The activity types a client may send; others are acknowledged and dropped, as the Direct Line service does.</summary>
    public static bool IsAccepted(string? type) => type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing;

    private async Task GreetAsync(DirectLineConversation conversation, IBot bot, CancellationToken cancellationToken)
    {
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = DirectLineAdapter.ServiceUrl,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = DirectLineAdapter.BotAccount,
            MembersAdded = [user],
            Locale = conversation.Locale,
            Timestamp = clock.GetUtcNow(),
        };
        using var turn = await gate.EnterAsync(conversation.Id, cancellationToken).ConfigureAwait(false);
        try
        {
            await adapter.ProcessActivityAsync(update, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Web Chat gives up for good when starting a conversation fails, so the start succeeds and the survivor
            // can still type; the turn error handler has already spoken to them if it could.
            DirectLineLog.StartTurnFailed(logger, SafeLog.Describe(failure));
        }
    }

    private Activity Normalise(Activity incoming, DirectLineConversation conversation, string? clientActivityId)
    {
        // Only what a text bot needs and a client may say for itself is kept: no attachments, entities or free-form
        // channel data (they would be stored and echoed back); identity, addressing and time are the channel's.
        return new Activity
        {
            Type = incoming.Type,
            Text = incoming.Text,
            TextFormat = incoming.TextFormat is TextFormatTypes.Plain or TextFormatTypes.Markdown ? incoming.TextFormat : null,
            Locale = Short(incoming.Locale) ?? conversation.Locale,
            LocalTimestamp = incoming.LocalTimestamp,
            LocalTimezone = Short(incoming.LocalTimezone),
            Value = incoming.Value,
            Name = incoming.Name,
            ReplyToId = Short(incoming.ReplyToId),
            ChannelData = clientActivityId is null ? null : new JObject { ["clientActivityID"] = clientActivityId },
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = DirectLineAdapter.ServiceUrl,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = new ChannelAccount(conversation.UserId, role: RoleTypes.User),
            Recipient = DirectLineAdapter.BotAccount,
            Timestamp = clock.GetUtcNow(),
        };
    }

    private static string? Short(string? value) => value is { Length: > 0 and <= 100 } ? value : null;

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is JObject data && data["clientActivityID"] is JValue { Type: Newtonsoft.Json.Linq.JTokenType.String } value
            ? Short((string?)value)
            : null;

    private static string NewUserId() => "dl_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
}
