namespace ReportBot.Bot.Handoff.Console;

/// <summary>
/// Strict headers for the counsellor console and API: scripts, styles and connections from this origin only, no
/// framing, no referrer, no caching of survivors' words.
/// </summary>
public sealed class ConsoleSecurityHeaders(RequestDelegate next)
{
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/counsellor") || path.StartsWithSegments("/api/counsellor") || path.StartsWithSegments("/lib/signalr"))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.CacheControl = "no-store";
        }

        return next(context);
    }
}
