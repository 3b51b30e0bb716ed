using System.Net;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

/// <summary>Two app instances sharing one Azurite, as two instances behind a load balancer share Azure Storage.</summary>
[Slow]
public sealed class ClaimRaceTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-race-").FullName;

    [Fact]
    public async Task Two_counsellors_on_two_instances_pressing_take_at_once_get_exactly_one_200_and_one_409()
    {
        await AddCounsellorAsync(_data, "mina");
        await AddCounsellorAsync(_data, "jun");
        await using var channel = await LoopbackChannel.StartAsync();
        var settings = Settings(_data, fixture.Azurite.ConnectionString);
        await using var first = await RunningBot.StartAsync(settings);
        await using var second = await RunningBot.StartAsync(settings);
        var mina = await LoginAsync(first, "mina");
        var jun = await LoginAsync(second, "jun");
        await CallAsync(first, HttpMethod.Get, "/api/counsellor/handoffs", mina);

        for (var round = 0; round < 5; round++)
        {
            var asked = await SurvivorSaysAsync(round % 2 == 0 ? first : second, channel.ServiceUrl, "conv-race-" + round, "talk to a counsellor");
            Assert.Contains("You are number 1 in the queue", Texts(asked), StringComparison.Ordinal);
            var id = (await CallAsync(second, HttpMethod.Get, "/api/counsellor/handoffs", jun)).Body.EnumerateArray().Single().GetProperty("id").GetString();

            var claims = await Task.WhenAll(
                Task.Run(() => CallAsync(first, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina)),
                Task.Run(() => CallAsync(second, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", jun)));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], claims.Select(c => c.Status).Order());
            var winner = claims[0].Status == HttpStatusCode.OK ? (first, mina) : (second, jun);
            Assert.Equal(HttpStatusCode.OK, (await CallAsync(winner.Item1, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/transcript", winner.Item2)).Status);
            Assert.Contains("A counsellor has joined", (await channel.NextAsync()).Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await CallAsync(winner.Item1, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/end", winner.Item2)).Status);
            await channel.NextAsync();
        }
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
