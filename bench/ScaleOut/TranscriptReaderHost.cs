using Microsoft.Bot.Schema;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Resources;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// A third, read-only party with the instances' storage settings (as an operator's tool would have): it reads a
/// conversation's stored transcript from Blob storage through the product's own <see cref="TranscriptReader"/>.
/// </summary>
internal sealed class TranscriptReaderHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public TranscriptReaderHost(IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new ReportBot.Dialogs.Engine.ConversationOptions());
        services.AddSingleton<ITextCatalog, TextCatalog>();
        services.AddReportBotStorage(configuration);
        _services = services.BuildServiceProvider();
    }

    public ITextCatalog Texts => _services.GetRequiredService<ITextCatalog>();

    public Task<IReadOnlyList<Activity>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        _services.GetRequiredService<TranscriptReader>().GetActivitiesAsync(channelId, conversationId, cancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
