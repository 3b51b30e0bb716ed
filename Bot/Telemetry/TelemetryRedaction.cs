using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Bot.Telemetry;

/// <summary>
/// The rules that keep survivors out of telemetry: which attributes are dropped, and how paths and URLs are
/// reduced to templates. Shared by the span and log processors so both follow one policy.
/// </summary>
public static partial class TelemetryRedaction
{
    /// <summary>Replaces a path segment that may identify a person or a conversation.</summary>
    public const string IdPlaceholder = "{id}";

    /// <summary>Replaces a host that is a literal IP address.</summary>
    public const string IpPlaceholder = "{ip}";

    // Attributes that name, locate or fingerprint a person. Removed outright, whatever their value.
    private static readonly HashSet<string> DroppedKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "client.address", "client.port", "client.socket.address", "client.socket.port",
        "http.client_ip", "net.peer.ip", "net.peer.port", "net.peer.name", "net.sock.peer.addr", "net.sock.peer.port",
        "network.peer.address", "network.peer.port", "url.query", "http.user_agent", "user_agent.original",
        "enduser.id", "user.id", "session.id",
    };

    private static readonly string[] DroppedPrefixes =
    [
        "http.request.header.", "http.response.header.", "enduser.", "user.", "session.", "baggage.",
    ];

    // Attributes whose value is a path or a URL: kept, but templated.
    private static readonly HashSet<string> PathKeys = new(StringComparer.OrdinalIgnoreCase) { "url.path", "http.target", "http.route" };

    private static readonly HashSet<string> UrlKeys = new(StringComparer.OrdinalIgnoreCase) { "url.full", "http.url" };

    // Segments after which the next segment is always an identifier, whatever it looks like.
    private static readonly HashSet<string> IdMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "conversations", "activities", "users", "members", "attachments", "cases", "case", "handoffs", "transcripts", "keys",
    };

    /// <summary>True when an attribute with this key must not leave the process.</summary>
    public static bool IsDropped(string key)
    {
        if (DroppedKeys.Contains(key))
        {
            return true;
        }

        foreach (var prefix in DroppedPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value to export for an attribute, or null to drop it: URLs and paths are templated, and any value that is
    /// an IP address is dropped (a client's address can arrive under names no list foresees).
    /// </summary>
    public static object? Redact(string key, object? value)
    {
        if (IsDropped(key))
        {
            return null;
        }

        if (value is not string text)
        {
            return value;
        }

        if (UrlKeys.Contains(key))
        {
            return TemplateUrl(text);
        }

        if (PathKeys.Contains(key))
        {
            return TemplatePath(text);
        }

        return LooksLikeIpAddress(text) ? null : text;
    }

    /// <summary>
    /// A path with its query removed and every segment that is not a plain lowercase word (or a version such as
    /// <c>v3</c>) replaced by <see cref="IdPlaceholder"/>; the segment after <c>conversations</c>, <c>activities</c>
    /// and the like is replaced whatever it looks like.
    /// </summary>
    public static string TemplatePath(string path)
    {
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            path = path[..end];
        }

        var segments = path.Split('/');
        var builder = new StringBuilder(path.Length);
        var afterMarker = false;
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            var segment = segments[i];
            if (segment.Length == 0 || IsRouteParameter(segment))
            {
                builder.Append(segment);
                afterMarker = false;
                continue;
            }

            builder.Append(afterMarker || !IsPlainWord(segment) ? IdPlaceholder : segment);
            afterMarker = IdMarkers.Contains(segment);
        }

        return builder.ToString();
    }

    /// <summary>A URL reduced to scheme, host (an IP literal becomes <see cref="IpPlaceholder"/>), port and templated path.</summary>
    public static string TemplateUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return TemplatePath(url);
        }

        var host = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ? IpPlaceholder : uri.Host;
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{host}{port}{TemplatePath(uri.AbsolutePath)}";
    }

    /// <summary>A span or operation name with any path in it templated (e.g. "POST /v3/.../conversations/abc").</summary>
    public static string TemplateDisplayName(string name)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return LooksLikeIpAddress(name) ? IpPlaceholder : name;
        }

        return name[..slash] + TemplatePath(name[slash..]);
    }

    /// <summary>True for a dotted-quad IPv4 or an IPv6 address (with or without brackets, port or zone).</summary>
    public static bool LooksLikeIpAddress(string text)
    {
        var candidate = text.Trim();
        if (candidate.Length is < 2 or > 64)
        {
            return false;
        }

        if (DottedQuad().IsMatch(candidate))
        {
            return true;
        }

        if (candidate.Contains(':', StringComparison.Ordinal))
        {
            var unbracketed = candidate.TrimStart('[');
            var close = unbracketed.IndexOf(']', StringComparison.Ordinal);
            if (close >= 0)
            {
                unbracketed = unbracketed[..close];
            }

            return unbracketed.Contains(':', StringComparison.Ordinal)
                && IPAddress.TryParse(unbracketed, out var v6)
                && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }

        return false;
    }

    private static bool IsRouteParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    private static bool IsPlainWord(string segment) => PlainWord().IsMatch(segment) || Version().IsMatch(segment);

    [GeneratedRegex("^[a-z][a-z._-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();

    [GeneratedRegex("^v[0-9]{1,2}(\\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();

    [GeneratedRegex("^[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedQuad();
}
