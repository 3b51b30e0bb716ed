using ReportBot.Bot.Handoff;

namespace ReportBot.Tests.Handoff;

public sealed class BlobHandoffQueueTests(HandoffAzurite azurite) : HandoffQueueContract, IClassFixture<HandoffAzurite>
{
    protected override Task<IHandoffQueue> CreateQueueAsync() => Task.FromResult<IHandoffQueue>(new BlobHandoffQueue(azurite.NewContainer()));
}
