using Microsoft.Extensions.FileProviders;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>Serves the console page (wwwroot/counsellor) and the SignalR browser client copied at build time (wwwroot/lib/signalr).</summary>
internal static class CounsellorConsoleFiles
{
    public static void Use(WebApplication app)
    {
        var root = new[] { Path.Combine(AppContext.BaseDirectory, "wwwroot"), Path.Combine(app.Environment.ContentRootPath, "wwwroot") }
            .FirstOrDefault(d => Directory.Exists(Path.Combine(d, "counsellor")));
        if (root is null)
        {
            return;
        }

        // DefaultFiles redirects "/counsellor" to "/counsellor/" and serves index.html there.
        Serve(app, Path.Combine(root, "counsellor"), "/counsellor");
        var signalR = Path.Combine(root, "lib", "signalr");
        if (Directory.Exists(signalR))
        {
            Serve(app, signalR, "/lib/signalr");
        }
    }

    private static void Serve(WebApplication app, string folder, string requestPath)
    {
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = requestPath });
    }
}
