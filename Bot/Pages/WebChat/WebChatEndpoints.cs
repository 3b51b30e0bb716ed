using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using ReportBot.Bot.Channels.DirectLine;

namespace ReportBot.Bot.Pages.WebChat;

/// <summary>
/// The web chat page at <c>/</c>, its script, styles and the Web Chat bundle (all served by the bot, never a CDN),
/// and <c>POST /api/webchat/token</c>, where the page gets a Direct Line token for a new conversation.
/// </summary>
public static class WebChatEndpoints
{
    public const string TokenPath = "/api/webchat/token";

    /// <summary>Serves the files built into the bot (<c>wwwroot</c>, including <c>lib/webchat.js</c> copied at build time).</summary>
    public static WebApplication UseReportBotWebChatAssets(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            WebChatSecurityHeaders.ApplyBasic(context.Response.Headers);
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebChatEndpoints).Assembly, "ReportBot.Bot.wwwroot"),
            OnPrepareResponse = static file => file.Context.Response.Headers["Cross-Origin-Resource-Policy"] = "same-origin",
        });
        return app;
    }

    public static IEndpointRouteBuilder MapReportBotWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, WebChatPage page, WebChatSecurityHeaders headers) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            headers.ApplyToPage(context.Response.Headers, nonce);
            return Results.Content(page.Render(WebChatPage.ChooseLanguage(context.Request), nonce), "text/html; charset=utf-8");
        });

        endpoints.MapGet(WebChatBundle.Path, (HttpContext context, WebChatBundle bundle) => bundle.ServeAsync(context));

        endpoints.MapPost(TokenPath, (HttpContext context, DirectLineTokenService tokens, DirectLineStartLimiter limiter, ILogger<DirectLineChannel> logger) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            if (!limiter.TryAcquire(context))
            {
                DirectLineLog.RateLimited(logger);
                context.Response.Headers.RetryAfter = "60";
                return DirectLineResults.TooManyRequests();
            }

            var conversationId = DirectLineTokenService.NewConversationId();
            return DirectLineResults.Conversation(conversationId, tokens.Issue(conversationId), tokens.ExpiresInSeconds);
        });
        return endpoints;
    }
}
