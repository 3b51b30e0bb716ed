using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

/// <summary>Threads on case codes across two instances sharing one Azurite, as behind a load balancer.</summary>
[Slow]
public sealed class RepliesOnBlobStorageTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("replies-blob-").FullName;

    [Fact]
    public async Task A_counsellor_signed_in_on_one_instance_is_served_by_the_other_until_signing_out_there()
    {
        await AddCounsellorAsync(_data, "mina");
        var settings = Settings(_data, fixture.Azurite.ConnectionString);
        await using var first = await RunningBot.StartAsync(settings);
        await using var second = await RunningBot.StartAsync(settings);

        var mina = await LoginAsync(first, "mina");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(second, HttpMethod.Get, "/api/counsellor/threads", mina)).Status);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/counsellor/logout");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", mina);
        Assert.Equal(HttpStatusCode.NoContent, (await first.Http.SendAsync(request)).StatusCode);

        // The instance that signed out refuses at once; the other within the time it trusts what it last read.
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(first, HttpMethod.Get, "/api/counsellor/threads", mina)).Status);
        var status = HttpStatusCode.OK;
        var deadline = DateTime.UtcNow + ReportBot.Bot.Handoff.Auth.CounsellorSessions.RecheckAfter + TimeSpan.FromSeconds(5);
        while (status != HttpStatusCode.Unauthorized && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            status = (await CallAsync(second, HttpMethod.Get, "/api/counsellor/threads", mina)).Status;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_message_left_on_one_instance_is_answered_on_the_other_and_read_with_its_code_in_a_new_conversation()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var channel = await LoopbackChannel.StartAsync();
        var settings = Settings(_data, fixture.Azurite.ConnectionString);
        await using var first = await RunningBot.StartAsync(settings);
        await using var second = await RunningBot.StartAsync(settings);

        await SurvivorSaysAsync(first, channel.ServiceUrl, "conv-blob-left", "talk to a counsellor");
        await SurvivorSaysAsync(first, channel.ServiceUrl, "conv-blob-left", "yes");
        var code = ReportWalk.CaseCodeIn(Texts(await SurvivorSaysAsync(first, channel.ServiceUrl, "conv-blob-left", "He sends messages from new accounts every night.")));
        await SurvivorSaysAsync(first, channel.ServiceUrl, "conv-blob-left", "skip");

        var mina = await LoginAsync(second, "mina");
        var id = Assert.Single((await CallAsync(second, HttpMethod.Get, "/api/counsellor/threads", mina)).Body.EnumerateArray()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Conflict, (await CallAsync(second, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = "Thank you for telling us." })).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(second, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(second, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = "Thank you for telling us. Please keep screenshots." })).Status);
        Assert.Contains("Please keep screenshots", (await channel.NextAsync()).Text, StringComparison.Ordinal);

        await SurvivorSaysAsync(second, channel.ServiceUrl, "conv-blob-back", "I have a case code");
        var read = Texts(await SurvivorSaysAsync(second, channel.ServiceUrl, "conv-blob-back", code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.Contains("A counsellor has replied to your message.", read, StringComparison.Ordinal);
        Assert.Contains("Please keep screenshots", read, StringComparison.Ordinal);
        Assert.Contains("passed it on", Texts(await SurvivorSaysAsync(second, channel.ServiceUrl, "conv-blob-back", "I have them. Thank you.")), StringComparison.Ordinal);

        var (_, thread) = await CallAsync(first, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=2", mina);
        Assert.Equal("I have them. Thank you.", Assert.Single(thread.EnumerateArray()).GetProperty("text").GetString());

        // Nothing the survivor or the counsellor wrote is readable in the container.
        var container = new BlobServiceClient(fixture.Azurite.ConnectionString).GetBlobContainerClient(settings["Storage:Container"]);
        var stored = new StringBuilder();
        await foreach (var blob in container.GetBlobsAsync())
        {
            stored.Append((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
        }

        Assert.DoesNotContain("new accounts", stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("screenshots", stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("I have them", stored.ToString(), StringComparison.Ordinal);

        // The survivor deletes the case with its code from yet another instance's conversation: the reply finds nothing.
        await SurvivorSaysAsync(second, channel.ServiceUrl, "conv-blob-back", "Delete the report");
        await SurvivorSaysAsync(second, channel.ServiceUrl, "conv-blob-back", "yes");
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(first, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = "Are you there?" })).Status);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
