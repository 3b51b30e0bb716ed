using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Conversations;

namespace ReportBot.Bot.Records;

/// <summary>
/// One-time download links to a record, for the web widget: <c>/records/download/{id}</c>, valid for
/// <see cref="RecordsOptions.LinkLifetime"/>. The link object (<c>recordlinks/{id}</c>, sealed with a key derived from
/// the key-encryption key) holds the case's storage key and the expiry, never the code; opening it deletes it first,
/// so of two instances only one can serve it. Kakao gets the page where the code is typed instead.
/// Links are absolute (Web Chat opens only http(s) addresses): <see cref="RecordsOptions.PublicBaseUrl"/>, else the
/// address the survivor's channel reached this turn's request at (the widget's page, or Kakao's skill URL).
/// </summary>
public sealed class RecordLinks(IObjectStore store, KeyMaterial keys, IOptions<RecordsOptions> options, TimeProvider clock, IHttpContextAccessor requests) : IRecordLinks
{
    public const string Prefix = "recordlinks/";
    public const string DownloadPath = "/records/download/";
    public const string RecordPagePath = "/record";
    public const string EvidencePagePath = "/evidence";

    public TimeSpan Lifetime => options.Value.LinkLifetime;

    public async Task<RecordLink> RecordLinkAsync(string caseKey, string channelId, CancellationToken cancellationToken)
    {
        if (channelId != Channels.DirectLine.DirectLineAdapter.ChannelId)
        {
            return new RecordLink(Absolute(RecordPagePath), OneTime: false);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var name = Prefix + id;
        var expires = clock.GetUtcNow() + Lifetime;
        var content = Encoding.UTF8.GetBytes(expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + caseKey);
        await store.WriteAsync(name, Envelope.Seal(SealKey(), content, name), WriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
        await RemoveAsync(caseKey: null, cancellationToken).ConfigureAwait(false);
        return new RecordLink(Absolute(DownloadPath + id), OneTime: true);
    }

    public string EvidencePageLink(string channelId) => Absolute(EvidencePagePath);

    /// <summary>The case key of a link, once: the link is gone afterwards. Null when unknown, used or expired.</summary>
    public async Task<string?> RedeemAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length != 32 || !id.All(Uri.IsHexDigit) || id.Any(char.IsUpper))
        {
            return null;
        }

        var name = Prefix + id;
        var stored = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        if (stored is null || !await store.DeleteAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var (expires, caseKey) = Open(name, stored.Content);
        return expires > clock.GetUtcNow() ? caseKey : null;
    }

    /// <summary>Removes the links to a case (null: none) and every expired link; for a case, part of "delete my data".</summary>
    public async Task<int> RemoveAsync(string? caseKey, CancellationToken cancellationToken)
    {
        var removed = 0;
        await foreach (var item in store.ListAsync(Prefix, cancellationToken).ConfigureAwait(false))
        {
            var stored = await store.ReadAsync(item.Name, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                continue;
            }

            var (expires, key) = Open(item.Name, stored.Content);
            var forCase = caseKey is not null && key == caseKey;
            if ((forCase || expires <= clock.GetUtcNow()) && await store.DeleteAsync(item.Name, cancellationToken).ConfigureAwait(false) && forCase)
            {
                removed++;
            }
        }

        return removed;
    }

    private (DateTimeOffset Expires, string? CaseKey) Open(string name, byte[] content)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Envelope.Open(SealKey(), content, name));
            var split = text.IndexOf('\n', StringComparison.Ordinal);
            return (DateTimeOffset.FromUnixTimeSeconds(long.Parse(text[..split], System.Globalization.CultureInfo.InvariantCulture)), text[(split + 1)..]);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            return (DateTimeOffset.MinValue, null);
        }
    }

    /// <summary>
    /// The public origin: the configured address, else the one the request reached. Behind App Service the app sees
    /// http; the proxy's X-Forwarded-Proto says what the visitor used (a spoofed header only changes the spoofer's link).
    /// </summary>
    internal static string? Origin(HttpRequest? request, RecordsOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return options.PublicBaseUrl.TrimEnd('/');
        }

        if (request is not { Host.HasValue: true })
        {
            return null;
        }

        var scheme = request.Headers["X-Forwarded-Proto"].ToString() is "https" ? "https" : request.Scheme;
        return $"{scheme}://{request.Host}";
    }

    private string Absolute(string path) => Origin(requests.HttpContext?.Request, options.Value) + path;

    private byte[] SealKey() => keys.Derive("reportbot/record-links/v1");
}
