using System.Net;
using System.Net.Sockets;

namespace Halsoportal.Web.Features.Shared;

/// <summary>
/// The client's address as rate limits count it. The address is the connection's: forwarded
/// headers count only when an operator has named the proxy (<see cref="Operations.ReverseProxyOptions"/>),
/// so a client cannot pick a fresh address per request with <c>X-Forwarded-For</c>.
/// </summary>
public static class ClientAddress
{
    /// <summary>The client's address; IPv6 by its /64, which is what one household or phone gets.</summary>
    public static string Key(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
