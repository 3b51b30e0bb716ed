using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Evidence;
using ReportBot.Bot.Records;
using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Records;

public sealed class TakedownRequestsTests
{
    [Fact]
    public void Takedown_texts_list_the_logged_addresses_for_each_verified_organisation_and_blocking_services_come_from_the_content()
    {
        var folder = Directory.CreateTempSubdirectory("reportbot-legal-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder), "*.json"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            // The content gains a blocking service (verified) and a takedown body not yet verified.
            var organisations = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "organisations.json")))!;
            var list = organisations["organisations"]!.AsArray();
            // Replace whatever the shipped content says about these two ids, so the test decides their status.
            foreach (var id in new[] { "stopncii", "media-review-commission" })
            {
                var existing = list.FirstOrDefault(o => (string)o!["id"]! == id);
                if (existing is not null)
                {
                    list.Remove(existing);
                }
            }

            // The other shipped blocking service is marked unconfirmed here, so only the test's own entry is shown.
            list.First(o => (string)o!["id"]! == "take-it-down")!["verification"] = new JsonObject { ["status"] = "unconfirmed", ["basis"] = "test" };
            var template = list.First(o => (string)o!["id"]! == "digital-sex-crime-center")!;
            var blocking = template.DeepClone();
            blocking["id"] = "stopncii";
            blocking["name"] = new JsonObject { ["ko"] = "해시 차단 서비스", ["en"] = "Hash blocking service" };
            blocking["phones"] = new JsonArray();
            blocking["website"] = "blocking.example.org";
            list.Add(blocking);
            var unverified = template.DeepClone();
            unverified["id"] = "media-review-commission";
            unverified["name"] = new JsonObject { ["ko"] = "심의 기관", ["en"] = "Review body" };
            unverified["verification"] = new JsonObject { ["status"] = "unconfirmed", ["basis"] = "not yet checked" };
            list.Add(unverified);
            File.WriteAllText(Path.Combine(folder, "organisations.json"), organisations.ToJsonString());

            var store = LegalContentStore.Load(new LegalContentOptions { Path = folder });
            Assert.NotNull(store.Content);
            var requests = new TakedownRequests(store, RecordsHarness.Texts, Options.Create(new RecordsOptions()));
            var log = new EvidenceLog { Urls = [new PostedUrl { Url = "https://example.com/v/1", RecordedAt = new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.Zero) }] };

            var takedowns = requests.Takedowns(log, Language.Korean).Select(t => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(t))!).ToList();
            var centre = Assert.Single(takedowns);
            var centreName = store.Content.Organisations.Single(o => o.Id == "digital-sex-crime-center").Name.Ko;
            Assert.Equal(centreName, (string)centre["name"]!);
            Assert.StartsWith(centreName + " 담당자님께", (string)centre["text"]!, StringComparison.Ordinal);
            Assert.Contains("- https://example.com/v/1 (기록: 2026-12-01 09:30 KST (00:30 UTC))", (string)centre["text"]!, StringComparison.Ordinal);

            var shown = requests.Blocking(Language.English).Select(b => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(b))!).ToList();
            Assert.Equal(["Hash blocking service"], shown.Select(b => (string)b["name"]!));
            Assert.Empty(requests.Takedowns(new EvidenceLog(), Language.Korean));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void With_the_shipped_content_both_on_device_blocking_services_are_offered_and_no_unconfirmed_body_is_addressed()
    {
        var store = LegalContentStore.Load(new LegalContentOptions { Path = Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder) });
        Assert.NotNull(store.Content);
        var requests = new TakedownRequests(store, RecordsHarness.Texts, Options.Create(new RecordsOptions()));
        var log = new EvidenceLog { Urls = [new PostedUrl { Url = "https://example.com/v/2", RecordedAt = DateTimeOffset.UnixEpoch }] };

        var blocking = requests.Blocking(Language.English).Select(b => (string)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(b))!["name"]!).ToList();
        var verifiedIds = store.Content.Organisations.Where(o => o.Id is "stopncii" or "take-it-down").Select(o => o.Name.En).ToList();
        Assert.Equal(2, verifiedIds.Count);
        Assert.Equal(verifiedIds.Order(), blocking.Order());

        var addressed = requests.Takedowns(log, Language.Korean).Select(t => (string)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(t))!["name"]!).ToList();
        var unconfirmed = store.Content.Organisations.Where(o => o.Verification.Status == VerificationStatus.Unconfirmed).Select(o => o.Name.Ko);
        Assert.NotEmpty(addressed);
        Assert.Empty(addressed.Intersect(unconfirmed));
    }
}
