using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// POSTs a late answer to the request's callback URL. The URL is single-use and valid one minute (VERIFIED), so a
/// retry is made only when the request surely never reached Kakao (the connection, name lookup or TLS handshake
/// failed), a bounded number of times and only while the URL can still be valid. A timeout or an error status
/// is not retried: the first request may have landed.
/// </summary>
public sealed class KakaoCallbackSender(IHttpClientFactory httpClients, IOptions<KakaoOptions> options, TimeProvider clock, ILogger<KakaoCallbackSender> logger)
{
    public const string HttpClientName = "ReportBot.Kakao.Callback";

    /// <summary>How long a callback URL is valid (VERIFIED, Kakao's callback guide), with a margin.</summary>
    private static readonly TimeSpan Validity = TimeSpan.FromSeconds(55);

    private readonly KakaoOptions _options = options.Value;

    /// <summary>True when the adapter may POST to this URL (scheme, host and, for an address, the address policy).</summary>
    public bool IsAllowed(Uri url)
    {
        var schemeOk = url.Scheme == Uri.UriSchemeHttps || (_options.AllowInsecureCallback && url.Scheme == Uri.UriSchemeHttp);
        var hosts = _options.CallbackHosts.Count > 0 ? _options.CallbackHosts : KakaoOptions.DefaultCallbackDomains;
        var host = url.IdnHost.TrimEnd('.');
        var hostOk = hosts.Any(h => string.Equals(host, h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
        var addressOk = !System.Net.IPAddress.TryParse(url.Host.Trim('[', ']'), out var address)
            || KakaoCallbackAddresses.IsAllowed(address, _options.AllowLoopbackCallback);
        return schemeOk && hostOk && addressOk && string.IsNullOrEmpty(url.UserInfo);
    }

    /// <summary>Sends the body; true when Kakao answered with a success status.</summary>
    public async Task<bool> SendAsync(Uri url, JsonObject body, DateTimeOffset received, CancellationToken cancellationToken)
    {
        var payload = body.ToJsonString(KakaoSkillResponse.JsonOptions);
        var client = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; attempt <= _options.CallbackAttempts; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMilliseconds(_options.CallbackTimeoutMilliseconds));
            try
            {
                using var content = new StringContent(payload, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                using var response = await client.PostAsync(url, content, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    KakaoLog.CallbackDelivered(logger, attempt, (int)response.StatusCode);
                    return true;
                }

                KakaoLog.CallbackFailed(logger, attempt, $"HTTP {(int)response.StatusCode}");
                return false;
            }
            catch (HttpRequestException failure) when (NeverSent(failure) && attempt < _options.CallbackAttempts && clock.GetUtcNow() - received < Validity)
            {
                KakaoLog.CallbackFailed(logger, attempt, $"not sent ({failure.HttpRequestError}), retrying");
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt * attempt), clock, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException failure)
            {
                KakaoLog.CallbackFailed(logger, attempt, failure.HttpRequestError.ToString());
                return false;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                KakaoLog.CallbackFailed(logger, attempt, "timed out");
                return false;
            }
        }

        return false;
    }

    // Failures before a single byte of the request could have reached the server.
    private static bool NeverSent(HttpRequestException failure) =>
        failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
}
