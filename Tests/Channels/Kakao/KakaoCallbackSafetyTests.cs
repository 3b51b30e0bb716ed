using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>A forged callbackUrl must not make the bot call anywhere but Kakao.</summary>
[Slow]
public sealed class KakaoCallbackSafetyTests
{
    [Fact]
    public async Task By_default_only_Kakaos_own_domain_receives_callbacks()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var bot = await RunningBot.StartAsync(Slow(("Kakao:AllowLoopbackCallback", "true")), SlowTurns);
        var callbacks = bot.Services.GetRequiredService<KakaoCallbackSender>();

        var ack = await new KakaoSkillClient(bot).SayAsync("안녕하세요", callbackUrl: receiver.NewUrl());

        Assert.False(ack.UseCallback);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receiver.NextAsync(TimeSpan.FromSeconds(1.5)));
        Assert.True(callbacks.IsAllowed(new Uri("https://bot-api.kakao.com/v1/callback/abc")));
        Assert.False(callbacks.IsAllowed(new Uri("https://kakao.com.attacker.example/callback")));
        Assert.False(callbacks.IsAllowed(new Uri("https://evilkakao.com/callback")));
    }

    [Fact]
    public async Task A_loopback_callback_is_refused_unless_a_test_allows_it_even_under_an_allowed_name()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var byName = new UriBuilder(receiver.NewUrl()) { Host = "localhost" }.Uri;
        await using var bot = await RunningBot.StartAsync(Slow(("Kakao:CallbackHosts:0", "localhost"), ("Kakao:CallbackHosts:1", "127.0.0.1")), SlowTurns);
        var callbacks = bot.Services.GetRequiredService<KakaoCallbackSender>();

        // The address literal is refused outright; the name passes the host list but its address is checked at connect.
        Assert.False(callbacks.IsAllowed(receiver.NewUrl()));
        var ack = await new KakaoSkillClient(bot).SayAsync("안녕하세요", callbackUrl: byName);

        Assert.True(ack.UseCallback);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receiver.NextAsync(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task A_callback_answered_with_a_redirect_is_not_followed()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var bot = await RunningBot.StartAsync(Slow(("Kakao:AllowLoopbackCallback", "true"), ("Kakao:CallbackHosts:0", "127.0.0.1")), SlowTurns);

        var ack = await new KakaoSkillClient(bot).SayAsync("안녕하세요", callbackUrl: receiver.RedirectUrl());

        Assert.True(ack.UseCallback);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receiver.NextAsync(TimeSpan.FromSeconds(3)));
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("172.20.1.1")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.5")]
    public void Private_and_local_addresses_are_never_called(string address) =>
        Assert.False(KakaoCallbackAddresses.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    public void Public_addresses_may_be_called(string address) =>
        Assert.True(KakaoCallbackAddresses.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    private static void SlowTurns(IServiceCollection services) =>
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(new DelayMiddleware(TimeSpan.FromMilliseconds(600)));

    private static Dictionary<string, string?> Slow(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Kakao:ReplyBudgetMilliseconds"] = "150",
            ["Kakao:AllowInsecureCallback"] = "true",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
