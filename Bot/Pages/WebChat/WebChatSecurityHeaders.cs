using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Pages.WebChat;

/// <summary>
/// The response headers of the web chat page: a Content Security Policy that lets the page load and talk to the
/// bot's own origin only, no referrer (so the neutral site after quick exit cannot tell where the visitor came
/// from), framing only by configured origins, no MIME sniffing, no caching.
/// </summary>
public sealed class WebChatSecurityHeaders(IOptions<WebChatOptions> options)
{
    /// <summary>
    /// The hash of an empty string. One of Web Chat's components adds an empty style element without the nonce and
    /// then fills it through the CSSOM (which CSP does not govern); allowing exactly "empty" admits no style text.
    /// </summary>
    public const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    /// <summary>Headers for every response: harmless everywhere, and the page's assets need them too.</summary>
    public static void ApplyBasic(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>Headers for the page itself. <paramref name="nonce"/> admits Web Chat's generated style elements.</summary>
    public void ApplyToPage(IHeaderDictionary headers, string nonce)
    {
        ApplyBasic(headers);
        var ancestors = options.Value.FrameAncestors;
        var frameAncestors = ancestors.Count == 0 ? "'none'" : string.Join(' ', ancestors.Select(a => a.TrimEnd('/')));
        headers.ContentSecurityPolicy = string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            $"style-src 'self' 'nonce-{nonce}' '{EmptyStyleHash}'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
            $"frame-ancestors {frameAncestors}");
        if (ancestors.Count == 0)
        {
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "DENY";
        }

        headers.CacheControl = "no-store";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
    }
}
