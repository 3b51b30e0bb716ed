using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// A connector client built the first time a member is read, and disposed only if it was built. The factory's
/// <c>CreateAsync</c> completes synchronously for the Bot Framework's credential factories (credentials are objects;
/// their tokens are fetched later, per request), so waiting for it here does not block on I/O.
/// </summary>
internal sealed class DeferredConnectorClient(Func<Task<IConnectorClient>> create) : IConnectorClient
{
    private readonly Lazy<IConnectorClient> _client = new(() => create().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    public Uri BaseUri
    {
        get => _client.Value.BaseUri;
        set => _client.Value.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => _client.Value.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => _client.Value.DeserializationSettings;

    public ServiceClientCredentials Credentials => _client.Value.Credentials;

    public IAttachments Attachments => _client.Value.Attachments;

    public IConversations Conversations => _client.Value.Conversations;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
