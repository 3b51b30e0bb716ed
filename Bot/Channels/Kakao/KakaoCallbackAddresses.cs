using System.Net;
using System.Net.Sockets;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Which network addresses a Kakao callback may reach: public unicast only. Private, loopback, link-local, shared
/// (CGNAT), multicast and reserved addresses are refused, so a forged <c>callbackUrl</c> cannot make the bot call
/// into its own network. Loopback is allowed only when a test asks for it explicitly.
/// </summary>
public static class KakaoCallbackAddresses
{
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    /// <summary>
    /// Connects to the first allowed address the host resolves to. The check is made on the address actually used,
    /// so a name that resolves differently between the check and the connection cannot slip through.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.FirstOrDefault(a => IsAllowed(a, allowLoopback))
            ?? throw new HttpRequestException(HttpRequestError.ConnectionError, "The callback host resolves only to addresses the bot may not call.");
        var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(allowed, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
        || (b[0] == 169 && b[1] == 254)
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
        || (b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2))
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)
        || (b[0] == 203 && b[1] == 0 && b[2] == 113));

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return !(address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (b[0] & 0xFE) == 0xFC
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
            || (b[0] == 0x00 && b.Take(10).All(x => x == 0)));
    }
}
