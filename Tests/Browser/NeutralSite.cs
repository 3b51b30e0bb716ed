using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ReportBot.Tests.Browser;

/// <summary>
/// A stand-in for the neutral site quick exit leads to (there is no internet here): a separate origin with a
/// "weather" page, and a "start" page to stand for wherever the survivor was before opening the chat.
/// </summary>
public sealed class NeutralSite : IAsyncDisposable
{
    public const string WeatherText = "Seoul weather: clear, 12 degrees";
    public const string StartText = "A page visited before the chat";

    private readonly WebApplication _app;

    private NeutralSite(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri WeatherUrl => new(BaseAddress, "/weather");

    public Uri StartUrl => new(BaseAddress, "/start");

    public static async Task<NeutralSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        var app = builder.Build();
        app.MapGet("/weather", () => Results.Content($"<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"><title>Weather</title></head><body><p>{WeatherText}</p></body></html>", "text/html"));
        app.MapGet("/start", () => Results.Content($"<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"><title>Start</title></head><body><p>{StartText}</p></body></html>", "text/html"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new NeutralSite(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
