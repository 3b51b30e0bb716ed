using Microsoft.Bot.Builder;

namespace ReportBot.Tests.Storage;

/// <summary>A custom store item with its own ETag.</summary>
public sealed class SampleItem : IStoreItem
{
    public string? Value { get; set; }

    public string ETag { get; set; } = string.Empty;
}
