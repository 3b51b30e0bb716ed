using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// "Delete my data" from the web widget (after the survivor also left a message for a counsellor), then every place
/// the bot keeps anything is searched: the local data folder (outbox, keys, accounts, queues), every blob of the
/// Azurite container, the handoff queue, and the Direct Line API with the survivor's old token. Nothing of the conversation may be found: not its words, not its ids.
/// </summary>
[Slow]
public sealed class EraseEverywhereTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task After_delete_my_data_no_store_holds_a_byte_of_the_conversation()
    {
        var settings = StorageStack.NewSettings(fixture.Azurite);
        settings["DirectLine:Secret"] = DirectLineConversationTests.Secret;
        settings["DirectLine:ErasureGrace"] = "00:00:02";
        var folder = settings["Storage:LocalPath"]!;
        await using var cleanup = new StorageStack(settings);
        await using var bot = await RunningBot.StartAsync(settings);
        var dl = new DirectLineHttp(bot.Http);
        var (token, conversationId) = await DirectLineConversationTests.StartAsync(dl);
        var caseId = bot.Services.GetRequiredService<Pseudonymizer>().CaseId("directline", conversationId);
        string[] said =
        [
            "English",
            "my tutor zephyrine-4471 filmed me in the changing room",
            "he texts me from 010-3141-5926 every night",
        ];
        var n = 0;
        foreach (var text in said)
        {
            Assert.Equal(HttpStatusCode.OK, (await dl.PostMessageAsync(token, conversationId, text, "erase-" + ++n)).Status);
        }

        // A message left for a counsellor: a thread (and a case to read the reply with) in the handoff queue.
        var queue = bot.Services.GetRequiredService<IHandoffQueue>();
        await dl.PostMessageAsync(token, conversationId, "talk to a counsellor", "erase-" + ++n);
        await dl.PostMessageAsync(token, conversationId, "yes", "erase-" + ++n);
        await dl.PostMessageAsync(token, conversationId, "please ask quillonvex at the school what to do", "erase-" + ++n);
        await dl.PostMessageAsync(token, conversationId, "no", "erase-" + ++n);
        var (_, before) = await dl.GetActivitiesAsync(token, conversationId);
        Assert.Contains("Your message is saved", before!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains((await queue.ListAsync(CancellationToken.None)).Select(h => h.Record), r => r.IsThread && r.ConversationTag == caseId);

        var drainer = bot.Services.GetRequiredService<TranscriptOutboxDrainer>();
        await drainer.FlushAsync(Timeout());
        var container = fixture.Azurite.Container(settings["Storage:Container"]!);
        Assert.NotEmpty(await BlobsNamedAsync(container, caseId));
        Assert.NotEmpty(await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("directline", conversationId, CancellationToken.None));

        await dl.PostMessageAsync(token, conversationId, "delete my data", "erase-" + ++n);
        await dl.PostMessageAsync(token, conversationId, "yes", "erase-" + ++n);
        await drainer.FlushAsync(Timeout());

        string[] traces = ["zephyrine", "changing room", "3141-5926", "01031415926", "quillonvex", conversationId, caseId, token];

        // The handoff queue: no thread, message or handoff of the conversation is left for any counsellor.
        Assert.DoesNotContain((await queue.ListAsync(CancellationToken.None)).Select(h => h.Record), r => r.ConversationTag == caseId || r.KeyScope == caseId);

        // Blob storage: no object named for the case, no object holding any trace, and nothing the service can read back.
        Assert.Empty(await BlobsNamedAsync(container, caseId));
        await foreach (var item in container.GetBlobsAsync())
        {
            var content = (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToArray();
            AssertHoldsNone(traces, "blob " + item.Name, item.Name, content);
        }

        Assert.Empty(await bot.Services.GetRequiredService<TranscriptReader>().GetActivitiesAsync("directline", conversationId, CancellationToken.None));

        // The local data folder: outbox segments, key files, queues, everything.
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            AssertHoldsNone(traces, "file " + Path.GetRelativePath(folder, file), Path.GetRelativePath(folder, file), await File.ReadAllBytesAsync(file));
        }

        // The Direct Line API with the old token: only the confirmation, then nothing at all.
        var (_, after) = await dl.GetActivitiesAsync(token, conversationId);
        AssertHoldsNone(["zephyrine", "changing room", "3141-5926", "quillonvex", "delete my data"], "the Direct Line activities", string.Empty, Encoding.UTF8.GetBytes(after!.ToJsonString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await dl.RefreshAsync(token)).Status);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.NotFound, (await dl.GetActivitiesAsync(token, conversationId)).Status);
    }

    private static void AssertHoldsNone(IEnumerable<string> traces, string where, string name, byte[] content)
    {
        foreach (var trace in traces)
        {
            Assert.False(name.Contains(trace, StringComparison.Ordinal), $"{where}: its name holds a trace of the erased conversation");
            Assert.False(Contains(content, Encoding.UTF8.GetBytes(trace)), $"{where} holds '{Shorten(trace)}' in UTF-8");
            Assert.False(Contains(content, Encoding.Unicode.GetBytes(trace)), $"{where} holds '{Shorten(trace)}' in UTF-16");
        }
    }

    private static string Shorten(string trace) => trace.Length > 12 ? trace[..12] + "…" : trace;

    private static async Task<List<string>> BlobsNamedAsync(Azure.Storage.Blobs.BlobContainerClient container, string caseId)
    {
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync())
        {
            if (item.Name.Contains(caseId, StringComparison.Ordinal))
            {
                names.Add(item.Name);
            }
        }

        return names;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
