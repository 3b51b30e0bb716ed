using ReportBot.Bot.Handoff.Queue;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Handoff;

[Slow]
public sealed class BlobHandoffQueueTests(AzuriteFixture fixture) : HandoffQueueContract, IClassFixture<AzuriteFixture>
{
    protected override Task<IHandoffQueue> CreateQueueAsync() => Task.FromResult<IHandoffQueue>(new BlobHandoffQueue(fixture.Azurite.Container(AzuriteFixture.NewContainer())));
}
