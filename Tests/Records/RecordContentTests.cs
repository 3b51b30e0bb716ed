using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Records;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Records;

public sealed class RecordContentTests
{
    [Fact]
    public void Each_part_carries_its_own_recording_time_in_Korea_time_and_UTC_in_the_order_recorded()
    {
        using var harness = new RecordsHarness();
        var record = harness.Builder.Build(RecordsHarness.KoreanCase());
        var entries = record["entries"]!.AsArray().Select(e => e!.AsObject()).ToList();

        Assert.Equal(
            ["report.types", "report.narrative", "report.when", "report.place", "evidence.file", "evidence.url", "addition"],
            entries.Select(e => e["kind"]!.GetValue<string>()));
        var when = entries[2];
        Assert.Equal("2026-11-20T03:12:00Z", when["recordedAt"]!["utc"]!.GetValue<string>());
        Assert.Equal("2026-11-20T12:12:00+09:00", when["recordedAt"]!["korea"]!.GetValue<string>());
        Assert.Equal("적은 그대로: 그저께\n이해한 날짜: 2026-11-18", when["text"]!.GetValue<string>());
        Assert.Equal("언제", when["heading"]!["ko"]!.GetValue<string>());
        Assert.Equal("When", when["heading"]!["en"]!.GetValue<string>());
        Assert.Equal("2026-11-22T03:15:00Z", entries[6]["recordedAt"]!["utc"]!.GetValue<string>());
        Assert.Equal("ko", record["language"]!.GetValue<string>());
        Assert.Contains("경찰 신고서", record["note"]!["ko"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_saved_before_part_times_were_kept_dates_its_parts_from_the_first_save()
    {
        using var harness = new RecordsHarness();
        var old = RecordsHarness.KoreanCase();
        old.Parts = null;
        var entries = harness.Builder.Build(old)["entries"]!.AsArray();

        Assert.Equal("2026-11-20T03:15:00Z", entries[0]!["recordedAt"]!["utc"]!.GetValue<string>());
        Assert.Equal("2026-11-18", entries.First(e => e!["kind"]!.GetValue<string>() == "report.when")!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Entries_form_a_hash_chain_and_a_later_record_extends_an_earlier_one()
    {
        using var harness = new RecordsHarness();
        var stored = RecordsHarness.KoreanCase();
        var earlier = harness.Builder.Build(stored);
        stored.Report.Additions.Add(new ReportAddition { AddedAt = stored.CreatedAt.AddDays(5), Text = "경찰에 신고했어요." });
        var later = harness.Builder.Build(stored);

        var earlierEntries = earlier["entries"]!.AsArray();
        var laterEntries = later["entries"]!.AsArray();
        Assert.True(RecordChain.Holds(laterEntries, later["chainHead"]!.GetValue<string>()));
        Assert.Equal(RecordChain.Genesis, laterEntries[0]!["previous"]!.GetValue<string>());
        Assert.Equal(laterEntries[0]!["hash"]!.GetValue<string>(), laterEntries[1]!["previous"]!.GetValue<string>());
        for (var i = 0; i < earlierEntries.Count; i++)
        {
            Assert.Equal(earlierEntries[i]!["hash"]!.GetValue<string>(), laterEntries[i]!["hash"]!.GetValue<string>());
        }

        Assert.Equal(earlier["chainHead"]!.GetValue<string>(), laterEntries[earlierEntries.Count - 1]!["hash"]!.GetValue<string>());

        var broken = (JsonArray)laterEntries.DeepClone();
        broken[1]!["text"] = "바뀐 내용";
        Assert.False(RecordChain.Holds(broken, later["chainHead"]!.GetValue<string>()));
    }

    [Fact]
    public void Canonical_json_sorts_members_and_writes_no_white_space_or_needless_escapes()
    {
        var value = JsonNode.Parse("""{ "b": [1, true, null], "a": "한국어 \"인용\"\n", "A": {"z": 1, "y": "<&>"} }""");

        Assert.Equal("{\"A\":{\"y\":\"<&>\",\"z\":1},\"a\":\"한국어 \\\"인용\\\"\\n\",\"b\":[1,true,null]}", CanonicalJson.Write(value));
        Assert.Throws<FormatException>(() => CanonicalJson.Write(JsonNode.Parse("{\"x\": 1.5}")));
    }

    [Fact]
    public void A_question_added_to_the_report_puts_its_answer_in_the_record_too()
    {
        using var harness = new RecordsHarness();
        var added = new ReportQuestion { Field = "platform_name", Label = ReportText.FieldPlace, Ask = ReportText.AskPlace, Answer = new TextAnswer(100) };
        var builder = new CaseRecordBuilder(RecordsHarness.Texts, new ReportQuestionnaire([.. ReportQuestions.All, added]));
        var stored = RecordsHarness.KoreanCase();
        stored.Report = stored.Report with { Answers = new() { ["platform_name"] = JToken.FromObject("오픈채팅방") } };

        var entry = builder.Build(stored)["entries"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == "report.platform_name");

        Assert.Equal("오픈채팅방", entry!["text"]!.GetValue<string>());
    }
}
