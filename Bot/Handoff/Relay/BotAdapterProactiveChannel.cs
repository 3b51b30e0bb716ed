using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ReportBot.Bot.Handoff.Relay;

/// <summary>
/// Proactive delivery through any Bot Framework adapter's <c>ContinueConversationAsync</c> (CloudAdapter for the Azure
/// Bot Service channels, and any other channel adapter that is a <see cref="BotAdapter"/>). Channel id "*" makes it
/// the fallback for every channel no other proactive channel claims.
/// </summary>
public sealed class BotAdapterProactiveChannel(BotAdapter adapter, string? botAppId, params string[] channelIds) : IProactiveChannel
{
    public const string AnyChannel = "*";

    public bool IsFallback => channelIds.Contains(AnyChannel);

    /// <summary>
    /// When set, only conversations with this service URL: the embedded Direct Line shares the channel id "directline"
    /// with Azure's Direct Line, whose conversations must go through the CloudAdapter instead.
    /// </summary>
    public string? ServiceUrl { get; init; }

    public bool Handles(string channelId) =>
        IsFallback || channelIds.Contains(channelId, StringComparer.OrdinalIgnoreCase);

    public bool Handles(ConversationReference reference) =>
        Handles(reference.ChannelId) && (ServiceUrl is null || string.Equals(reference.ServiceUrl, ServiceUrl, StringComparison.OrdinalIgnoreCase));

    public Task SendAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken) =>
        adapter.ContinueConversationAsync(
            botAppId ?? string.Empty,
            reference,
            async (turnContext, ct) => await turnContext.SendActivityAsync(activity, ct).ConfigureAwait(false),
            cancellationToken);
}
