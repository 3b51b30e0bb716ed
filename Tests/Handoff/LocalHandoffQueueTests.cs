using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Tests.Handoff;

public sealed class LocalHandoffQueueTests : HandoffQueueContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("handoff-local-").FullName;

    protected override Task<IHandoffQueue> CreateQueueAsync() => Task.FromResult<IHandoffQueue>(new LocalHandoffQueue(_folder));

    [Fact]
    public async Task Two_queue_objects_on_one_folder_never_both_win_a_claim()
    {
        var first = new LocalHandoffQueue(_folder);
        var second = new LocalHandoffQueue(_folder);
        var record = Waiting();
        await first.TryCreateAsync(record, CancellationToken.None);
        var read = (await first.GetAsync(record.Id, CancellationToken.None))!;

        var results = await Task.WhenAll(
            Task.Run(() => first.TryReplaceAsync(read.Record with { Status = HandoffStatus.Active, ClaimedBy = "a" }, read.ETag, CancellationToken.None)),
            Task.Run(() => second.TryReplaceAsync(read.Record with { Status = HandoffStatus.Active, ClaimedBy = "b" }, read.ETag, CancellationToken.None)));

        Assert.Single(results, r => r is not null);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
