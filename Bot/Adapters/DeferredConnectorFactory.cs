using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ReportBot.Bot.Adapters;

/// <summary>Hands out connector clients that are built on first use (<see cref="DeferredConnectorAuthentication"/>).</summary>
internal sealed class DeferredConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new DeferredConnectorClient(() => inner.CreateAsync(serviceUrl, audience, cancellationToken)));
}
