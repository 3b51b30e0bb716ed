using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Records;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Records;

public sealed class RecordLinksTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportbot-links-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly LocalDiskObjectStore _store;
    private readonly RecordLinks _links;

    public RecordLinksTests()
    {
        _store = new LocalDiskObjectStore(Path.Combine(_folder, "objects"));
        var keys = new KeyMaterial(Options.Create(new StorageOptions { LocalPath = _folder }), NullLogger<KeyMaterial>.Instance);
        _links = new RecordLinks(_store, keys, Options.Create(new RecordsOptions()), _clock, new HttpContextAccessor());
    }

    [Fact]
    public async Task A_link_works_within_ten_minutes_and_not_after()
    {
        var early = await _links.RecordLinkAsync("cases/aa", "directline", CancellationToken.None);
        var late = await _links.RecordLinkAsync("cases/bb", "directline", CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("cases/aa", await _links.RedeemAsync(Id(early.Url), CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await _links.RedeemAsync(Id(late.Url), CancellationToken.None));
    }

    [Fact]
    public async Task Links_name_no_case_in_storage_and_unknown_or_malformed_ids_open_nothing()
    {
        var link = await _links.RecordLinkAsync("cases/0123456789abcdef", "directline", CancellationToken.None);

        await foreach (var item in _store.ListAsync(RecordLinks.Prefix, CancellationToken.None))
        {
            Assert.DoesNotContain("0123456789abcdef", item.Name, StringComparison.Ordinal);
            var stored = await _store.ReadAsync(item.Name, CancellationToken.None);
            Assert.DoesNotContain("0123456789abcdef", System.Text.Encoding.UTF8.GetString(stored!.Content), StringComparison.Ordinal);
        }

        Assert.Null(await _links.RedeemAsync(new string('f', 32), CancellationToken.None));
        Assert.Null(await _links.RedeemAsync("../../keys/x", CancellationToken.None));
        Assert.Null(await _links.RedeemAsync(Id(link.Url).ToUpperInvariant(), CancellationToken.None));
        Assert.NotNull(await _links.RedeemAsync(Id(link.Url), CancellationToken.None));
    }

    [Fact]
    public async Task Kakao_and_other_channels_get_the_page_where_the_code_is_typed_not_a_one_time_link()
    {
        var link = await _links.RecordLinkAsync("cases/aa", "kakao", CancellationToken.None);

        Assert.False(link.OneTime);
        Assert.Equal(RecordLinks.RecordPagePath, link.Url);
        await foreach (var item in _store.ListAsync(RecordLinks.Prefix, CancellationToken.None))
        {
            Assert.Fail("A link object was made for Kakao: " + item.Name);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Id(string url) => url[(url.LastIndexOf('/') + 1)..];
}
