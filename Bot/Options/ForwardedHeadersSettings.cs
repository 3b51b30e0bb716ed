namespace ReportBot.Bot.Options;

/// <summary>
/// The reverse proxies in front of the bot (section <c>ForwardedHeaders</c>). Only their <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, so the per-address limits see the visitor's address, not the proxy's, and
/// nobody else can pick the address a limit counts against. Empty: no proxy, the connection's address counts.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies (e.g. <c>10.0.0.4</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form (e.g. <c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to read back through (the closest first).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Configured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
