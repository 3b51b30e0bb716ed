using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Two instances behind a load balancer share one outbox: Kakao's requests carry no affinity.</summary>
[Slow]
public sealed class KakaoOutboxOnBlobStorageTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>, IDisposable
{
    private const string Counsellor = "상담사 미나예요. 증거 사진은 지우지 말고 보관해 주세요.";

    private readonly string _data = Directory.CreateTempSubdirectory("kakao-outbox-blob-").FullName;

    [Fact]
    public async Task A_counsellor_message_queued_on_one_instance_reaches_the_survivor_through_the_other_once_and_sealed()
    {
        await AddCounsellorAsync(_data, "mina");
        var settings = Settings(_data, fixture.Azurite.ConnectionString);
        await using var first = await RunningBot.StartAsync(settings);
        await using var second = await RunningBot.StartAsync(settings);
        const string user = "kakao-survivor-two-instances";
        var onFirst = new KakaoConversation(new KakaoSkillClient(first, userId: user), first.Services.GetRequiredService<ITextCatalog>());
        var onSecond = new KakaoConversation(new KakaoSkillClient(second, userId: user), second.Services.GetRequiredService<ITextCatalog>());

        var token = await LoginAsync(first, "mina");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(first, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Status);
        await onFirst.SayAsync("안녕하세요");
        Assert.Contains("대기 순서는 1번째예요", await onFirst.TapAsync("상담사와 이야기하기"), StringComparison.Ordinal);
        var (_, queue) = await CallAsync(first, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        var id = Assert.Single(queue.EnumerateArray()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(first, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(first, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = Counsellor })).Status);

        // While it waits, the container holds the message only sealed, under a name that is not the user id.
        var container = new BlobServiceClient(fixture.Azurite.ConnectionString).GetBlobContainerClient(settings["Storage:Container"]);
        var outbox = new List<string>();
        var stored = new StringBuilder();
        await foreach (var blob in container.GetBlobsAsync())
        {
            if (blob.Name.StartsWith("channels/kakao-outbox/", StringComparison.Ordinal))
            {
                outbox.Add(blob.Name);
            }

            stored.Append(blob.Name).Append((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
        }

        Assert.Single(outbox);
        Assert.DoesNotContain("증거 사진", stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("증거 사진")), stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(user, stored.ToString(), StringComparison.Ordinal);

        // The survivor's next message reaches the other instance, which delivers the counsellor's words.
        var next = await onSecond.SayAsync("네, 말씀해 주셔서 고마워요.");
        Assert.Contains("상담사: " + Counsellor, next, StringComparison.Ordinal);

        // Delivered once, by either instance.
        Assert.DoesNotContain("증거 사진", await onFirst.SayAsync("사진은 가지고 있어요."), StringComparison.Ordinal);
        Assert.DoesNotContain("증거 사진", await onSecond.SayAsync("알겠어요."), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
