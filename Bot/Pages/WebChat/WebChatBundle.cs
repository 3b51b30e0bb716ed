using System.IO.Compression;

namespace ReportBot.Bot.Pages.WebChat;

/// <summary>
/// Serves <c>/lib/webchat.js</c> (about 3.9 MB) gzip-compressed to browsers that accept it (about a quarter of the
/// size, which matters to a survivor on a phone's data plan). Compressed once, on first use. Only this public
/// library is compressed: responses that carry tokens or messages never are.
/// </summary>
public sealed class WebChatBundle
{
    public const string Path = "/lib/webchat.js";
    private const string ResourceName = "ReportBot.Bot.wwwroot.lib.webchat.js";

    private readonly Lazy<Task<byte[]>> _gzip = new(CompressAsync);

    public async Task<IResult> ServeAsync(HttpContext context)
    {
        context.Response.Headers.Vary = "Accept-Encoding";
        context.Response.Headers.CacheControl = "private, max-age=3600";
        context.Response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(await _gzip.Value.ConfigureAwait(false), "text/javascript; charset=utf-8");
        }

        return Results.Stream(Open(), "text/javascript; charset=utf-8");
    }

    private static Stream Open() =>
        typeof(WebChatBundle).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException("The Web Chat bundle is missing from the build (see CopyWebChatBundle in Bot/ReportBot.Bot.csproj).");

    private static async Task<byte[]> CompressAsync()
    {
        await using var source = Open();
        using var target = new MemoryStream();
        await using (var gzip = new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true))
        {
            await source.CopyToAsync(gzip).ConfigureAwait(false);
        }

        return target.ToArray();
    }
}
