using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Channels.Profiles;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// The Bot Framework adapter for <c>/api/messages</c> (Azure Bot Service channels). One constructor, so DI is not
/// left to choose between the base class's two. Every adapter of the bot (this one, Direct Line, Kakao) runs the
/// same middleware (every <see cref="Microsoft.Bot.Builder.IMiddleware"/> registered in DI, in registration order) and the same
/// <see cref="TurnErrorHandler"/>. What leaves through it, in a turn or proactively, is fitted to the channel's
/// profile first (<see cref="ChannelRenderer"/>).
/// </summary>
public sealed class ReportBotAdapter : CloudAdapter
{
    private readonly ChannelRenderer _renderer;

    public ReportBotAdapter(
        BotFrameworkAuthentication authentication,
        TurnErrorHandler errorHandler,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        ChannelRenderer renderer,
        ILogger<ReportBotAdapter> logger)
        : base(authentication, logger)
    {
        _renderer = renderer;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>
    /// <c>POST /api/messages</c>, as <see cref="CloudAdapter.ProcessAsync(HttpRequest, HttpResponse, IBot, CancellationToken)"/>
    /// handles a POST (the same reading, authentication, 400 and 401), with the activity read by
    /// <see cref="ActivityRequestReader"/> and the reply body written by <see cref="InvokeResponseWriter"/>.
    /// </summary>
    public async Task ProcessPostAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            var activity = await ActivityRequestReader.ReadAsync(request, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(activity?.Type))
            {
                response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var invokeResponse = await ProcessActivityAsync(request.Headers.Authorization, activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            await InvokeResponseWriter.WriteAsync(response, invokeResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    /// <summary>Sends each activity as the channel can show it (maybe several messages); answers one response per activity asked for.</summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var rendered = activities.Select(_renderer.Render).ToArray();
        var flat = rendered.SelectMany(r => r).ToArray();
        var sent = flat.Length == 0 ? [] : await base.SendActivitiesAsync(turnContext, flat, cancellationToken).ConfigureAwait(false);
        var responses = new ResourceResponse[activities.Length];
        var next = 0;
        for (var i = 0; i < activities.Length; i++)
        {
            next += rendered[i].Count;
            responses[i] = rendered[i].Count == 0 ? new ResourceResponse() : sent[next - 1];
        }

        return responses;
    }
}
