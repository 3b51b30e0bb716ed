using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Bot.Handoff;
using ReportBot.Bot.Logging;
using ReportBot.Bot.Options;
using ReportBot.Bot.Pages.WebChat;
using ReportBot.Bot.Records;

namespace ReportBot.Bot;

/// <summary>Builds the web app. Program.cs and the tests both start the bot through here.</summary>
public static class ReportBotApp
{
    /// <summary>The Bot Framework's conventional local address.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>The largest request body /api/messages reads (Direct Line's own activity limit is 256K characters).</summary>
    public const long MaxActivityBytes = 512 * 1024;

    // Categories whose Information logs name request paths (Direct Line's hold the conversation id) or activities: they
    // stay at Warning unless a setting says otherwise (Logging:LogLevel:<category>). Set here rather than in
    // appsettings.json, which a bot started from another folder does not read (the content root is the working folder).
    private static readonly string[] QuietByDefault = ["Microsoft.AspNetCore", "Microsoft.Bot", "ReportBot.Bot.Adapters.ReportBotAdapter"];

    private static void KeepRequestLogsQuiet(WebApplicationBuilder builder)
    {
        foreach (var category in QuietByDefault)
        {
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
            {
                builder.Logging.AddFilter(category, LogLevel.Warning);
            }
        }
    }

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The Bot Framework's local default, unless the host says where to listen (ASPNETCORE_URLS, --urls, or the
        // ASPNETCORE_HTTP_PORTS / HTTPS_PORTS that container images and App Service set).
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpsPortsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        KeepRequestLogsQuiet(builder);
        ProductionSafety.Check(builder.Configuration, builder.Environment);
        builder.Services.AddReportBotCore(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        ReportAuthenticationMode(app);

        // The HTTP pipeline, in order. Endpoints run after all of it (WebApplication adds routing before and
        // endpoints after these), so the order of the Map* calls below does not matter; the order of these does.
        app.UseReportBotForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Browsers remember to use HTTPS only (the container sits behind TLS termination in Azure).
            app.UseHsts();
        }

        app.UseReportBotWebChatAssets();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCounsellorConsole();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        // Endpoints: one MapXxx per channel, then the counsellor console, records, health.
        app.MapAzureChannels();
        app.MapKakaoChannel();
        app.MapDirectLineChannel();
        app.MapCounsellorConsole();
        app.MapRecordsAndEvidence();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        return app;
    }

    private static void ReportAuthenticationMode(WebApplication app)
    {
        var auth = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ReportBot.Authentication");
        if (auth.AuthenticationEnabled)
        {
            SafeLog.AuthenticationEnabled(logger, string.IsNullOrWhiteSpace(auth.MicrosoftAppType) ? "MultiTenant" : auth.MicrosoftAppType);
        }
        else
        {
            SafeLog.AuthenticationDisabled(logger);
        }
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
