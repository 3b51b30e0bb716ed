namespace ReportBot.Bot.Telemetry;

/// <summary>
/// Where Application Insights is, read from <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (the name Azure uses) or
/// <c>AzureMonitor:ConnectionString</c>. Without either, telemetry is off and nothing leaves the process.
/// </summary>
public sealed record TelemetrySettings
{
    public const string ConnectionStringVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string ConnectionStringKey = "AzureMonitor:ConnectionString";

    /// <summary>The client id of the user-assigned managed identity that authenticates ingestion (Entra auth).</summary>
    public const string ManagedIdentityClientIdKey = "AzureMonitor:ManagedIdentityClientId";

    /// <summary>The conventional variable the Azure SDK reads for a user-assigned identity; used when the key above is empty.</summary>
    public const string AzureClientIdVariable = "AZURE_CLIENT_ID";

    public string? ConnectionString { get; init; }

    public string? ManagedIdentityClientId { get; init; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ConnectionString);

    public static TelemetrySettings From(IConfiguration configuration) => new()
    {
        ConnectionString = FirstNonEmpty(configuration[ConnectionStringVariable], configuration[ConnectionStringKey]),
        ManagedIdentityClientId = FirstNonEmpty(configuration[ManagedIdentityClientIdKey], configuration[AzureClientIdVariable]),
    };

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
