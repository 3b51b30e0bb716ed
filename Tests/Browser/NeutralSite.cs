using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Browser;

/// <summary>
/// A stand-in for the neutral site quick exit leads to (there is no internet here): a separate origin with a
/// "weather" page, and a "start" page to stand for wherever the survivor was before opening the chat.
/// </summary>
public sealed class NeutralSite : IAsyncDisposable
{
    public const string WeatherText = "Seoul weather: clear, 12 degrees";
    public const string StartText = "A page visited before the chat";

    private readonly RecordingServer _server;

    private NeutralSite(RecordingServer server)
    {
        _server = server;
    }

    public Uri BaseAddress => _server.BaseAddress;

    public Uri WeatherUrl => new(BaseAddress, "/weather");

    public Uri StartUrl => new(BaseAddress, "/start");

    public static async Task<NeutralSite> StartAsync() => new(await RecordingServer.StartAsync(routes =>
    {
        routes.MapGet("/weather", () => Results.Content(Page("Weather", WeatherText), "text/html"));
        routes.MapGet("/start", () => Results.Content(Page("Start", StartText), "text/html"));
    }));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string Page(string title, string text) =>
        $"<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"><title>{title}</title></head><body><p>{text}</p></body></html>";
}
