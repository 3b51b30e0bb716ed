using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ReportBot.Benchmarks;

/// <summary>
/// The baseline: a bare echo bot hosted exactly as ReportBot is (ASP.NET Core minimal API, CloudAdapter,
/// POST /api/messages, anonymous auth), so the difference measured is the cost of ReportBot's own layers.
/// </summary>
internal static class EchoHost
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(new ConfigurationBotFrameworkAuthentication(builder.Configuration));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        await app.RunAsync();
    }

    private sealed class EchoAdapter(BotFrameworkAuthentication auth) : CloudAdapter(auth);

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
    }
}
