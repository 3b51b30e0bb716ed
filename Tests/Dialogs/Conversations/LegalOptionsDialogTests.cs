using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class LegalOptionsDialogTests
{
    private const string Article14Korean = "성폭력범죄의 처벌 등에 관한 특례법 제14조";
    private const string DisclaimerKorean = "법률 자문은 아니에요";
    private const string DisclaimerEnglish = "not legal advice";

    [Fact]
    public async Task After_an_illegal_filming_report_the_Korean_question_gives_matching_options_citing_article_14_and_the_support_centre()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");
        await SeedReportAsync(host, Language.Korean, IncidentType.IllegalFilming);

        var first = await host.SendActivityAsync(host.Adapter.MakeActivity("어떻게 할 수 있어요?"));
        var texts = first.Select(a => a.Text).ToList();

        Assert.Contains(texts, t => t.Contains("불법촬영", StringComparison.Ordinal) && t.Contains("짧게 나눠서", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(DisclaimerKorean, StringComparison.Ordinal));
        var option = first[^1];
        Assert.Contains("경찰에 신고하기", option.Text, StringComparison.Ordinal);
        Assert.Contains(Article14Korean, option.Text, StringComparison.Ordinal);
        Assert.Contains("마지막 검토: 2026년 11월 25일", option.Text, StringComparison.Ordinal);
        Assert.Equal(["다음", "다른 주제", "그만 볼게요"], option.SuggestedActions.Actions.Select(a => a.Title));

        var takedown = Assert.Single(await host.SendAsync("다음"));
        Assert.Contains("촬영물 삭제 도움받기", takedown, StringComparison.Ordinal);
        Assert.Contains("디지털성범죄피해자지원센터", takedown, StringComparison.Ordinal);
        Assert.Contains("02-735-8994", takedown, StringComparison.Ordinal);
        Assert.Contains("1366", takedown, StringComparison.Ordinal);
        Assert.Contains("d4u.stop.or.kr", takedown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_illegal_filming_report_the_English_question_gives_the_same_in_English()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("hello");
        await SeedReportAsync(host, Language.English, IncidentType.IllegalFilming);

        var first = await host.SendAsync("What can I do?");

        Assert.Contains(first, t => t.Contains(DisclaimerEnglish, StringComparison.Ordinal));
        Assert.Contains("Reporting to the police", first[^1], StringComparison.Ordinal);
        Assert.Contains("Article 14(1)", first[^1], StringComparison.Ordinal);
        Assert.Contains("성폭력범죄의 처벌 등에 관한 특례법", first[^1], StringComparison.Ordinal);
        Assert.Contains("Last reviewed: 25 November 2026", first[^1], StringComparison.Ordinal);

        var takedown = Assert.Single(await host.SendAsync("next"));
        Assert.Contains("Digital Sex Crime Victim Support Center", takedown, StringComparison.Ordinal);
        Assert.Contains("02-735-8994, 1366", takedown, StringComparison.Ordinal);
        Assert.Contains("d4u.stop.or.kr", takedown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_menu_entry_after_a_report_gives_the_tailored_options_too()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");
        await SeedReportAsync(host, Language.Korean, IncidentType.Deepfake);

        var replies = await host.SendAsync("법적 도움 알아보기");

        Assert.Contains("경찰에 신고하기", replies[^1], StringComparison.Ordinal);
        Assert.Contains("제14조의2", replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_report_the_survivor_browses_and_a_counter_complaint_explains_false_accusation_and_defamation()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");

        var browse = await host.SendActivityAsync(host.Adapter.MakeActivity("법적 도움 알아보기"));
        var buttons = browse[^1].SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Contains("불법촬영", buttons);
        Assert.Contains("피해를 말했다가 고소·신고를 당함", buttons);
        Assert.Contains("관련 법 조항 모아 보기", buttons);

        var all = new List<string>(await host.SendAsync("피해를 말했다가 고소·신고를 당함"));

        // Reassurance first: a dropped case is not proof of a false report, and the defences come before any penalty.
        Assert.Contains("피해를 알렸다고 해서 죄가 되는 것은 아니에요", all[^1], StringComparison.Ordinal);
        Assert.Contains("2018도2614", all[^1], StringComparison.Ordinal);
        Assert.Contains("형법 제310조, 제156조", all[^1], StringComparison.Ordinal);
        for (var i = 0; i < 20 && !all.Any(t => t.Contains("여기까지예요", StringComparison.Ordinal)); i++)
        {
            all.AddRange(await host.SendAsync("다음"));
        }

        // After the last chunk the survivor is told it is the end and lands back on the menu.
        Assert.Contains(Catalog.Ko(LegalText.Done), all[^2], StringComparison.Ordinal);
        Assert.Contains(Catalog.Ko(MenuText.Prompt), all[^1], StringComparison.Ordinal);
        Assert.Contains(all, t => t.Contains("무고죄", StringComparison.Ordinal) && t.Contains("10년 이하의 징역", StringComparison.Ordinal));
        Assert.Contains(all, t => t.Contains("오로지 공공의 이익", StringComparison.Ordinal));
        Assert.Contains(all, t => t.Contains("대한법률구조공단", StringComparison.Ordinal) && t.Contains("132", StringComparison.Ordinal));

        // The 2018 prosecution-manual rule is unconfirmed for 2026: it must never be presented.
        Assert.DoesNotContain(all, t => t.Contains("수사를 중단", StringComparison.Ordinal) || t.Contains("2018. 5. 11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asking_at_the_menu_opens_the_options_and_stopping_returns_to_the_menu_question_which_still_works()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");

        var browse = await host.SendActivityAsync(host.Adapter.MakeActivity("어떻게 할 수 있어요?"));
        Assert.Contains(Catalog.Ko(LegalText.BrowsePrompt), browse[^1].Text, StringComparison.Ordinal);

        await host.SendAsync("스토킹");
        var back = await host.SendActivityAsync(host.Adapter.MakeActivity("그만 볼게요"));

        Assert.Contains("알겠어요", back[0].Text, StringComparison.Ordinal);
        Assert.Equal(ReportBot.Dialogs.Conversations.MenuDialog.Entries.Select(e => host.Services.GetRequiredService<ITextCatalog>().Get(e.Label, Language.Korean)), back[^1].SuggestedActions.Actions.Select(a => a.Title));

        // The menu question still takes its answer: "4" is "delete my data", which asks for confirmation first.
        var chosen = await host.SendAsync("4");
        Assert.Contains(chosen, t => t.Contains(Catalog.Ko(EraseText.Confirm), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_whole_question_opens_the_options_so_an_answer_containing_the_words_is_not_taken_away()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("hello");

        var replies = await host.SendAsync("I really don't know what can I do about it");

        Assert.DoesNotContain(replies, t => t.Contains(Catalog.En(LegalText.BrowsePrompt), StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains(Catalog.En(CommonText.RetryChoice), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_question_as_a_first_message_gets_the_welcome_first_then_the_legal_options()
    {
        await using var host = new DialogTestHost();

        var replies = await host.SendAsync("어떻게 할 수 있어요?");

        Assert.Contains(Catalog.Ko(WelcomeText.Intro), replies[0], StringComparison.Ordinal);
        // Before, the welcome took the question and only the menu followed: it had to be asked again.
        Assert.Contains(Catalog.Ko(LegalText.BrowsePrompt), replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_disclaimer_is_given_once_per_conversation()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("hello");
        await SeedReportAsync(host, Language.English, IncidentType.Stalking);

        var first = await host.SendAsync("what are my options");
        await host.SendAsync("stop");
        var second = await host.SendAsync("what are my options");

        Assert.Contains(first, t => t.Contains(DisclaimerEnglish, StringComparison.Ordinal));
        Assert.DoesNotContain(second, t => t.Contains(DisclaimerEnglish, StringComparison.Ordinal));
        Assert.Contains("Reporting to the police", second[^1], StringComparison.Ordinal);
        Assert.Contains("Articles 2 and 18", second[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_language_mid_reading_shows_the_same_chunk_in_the_new_language()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");
        await SeedReportAsync(host, Language.Korean, IncidentType.IllegalFilming);
        await host.SendAsync("어떻게 할 수 있어요?");
        await host.SendAsync("다음");

        var switched = await host.SendAsync("English");

        Assert.Contains("2/", switched[^1], StringComparison.Ordinal);
        Assert.Contains("Getting images taken down", switched[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_place_in_the_reading_survives_an_app_restart()
    {
        var storage = new MemoryStorage();
        await using (var before = new DialogTestHost(storage))
        {
            await before.SendAsync("안녕하세요");
            await SeedReportAsync(before, Language.Korean, IncidentType.NonConsensualSharing);
            await before.SendAsync("어떻게 할 수 있어요?");
        }

        await using var after = new DialogTestHost(storage);
        var next = Assert.Single(await after.SendAsync("다음"));

        Assert.StartsWith("2/", next, StringComparison.Ordinal);
        Assert.Contains("촬영물 삭제 도움받기", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Something_unexpected_while_reading_gets_a_hint_and_keeps_the_place()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");
        await SeedReportAsync(host, Language.Korean, IncidentType.IllegalFilming);
        await host.SendAsync("어떻게 할 수 있어요?");

        var hint = await host.SendActivityAsync(host.Adapter.MakeActivity("음"));
        var next = Assert.Single(await host.SendAsync("다음"));

        Assert.Contains(Catalog.Ko(LegalText.NavHint), hint[0].Text, StringComparison.Ordinal);
        Assert.NotEmpty(hint[0].SuggestedActions.Actions);
        Assert.StartsWith("2/", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_content_gives_the_fallback_contacts_instead_of_half_checked_law()
    {
        var folder = Directory.CreateTempSubdirectory("reportbot-legal-broken-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "topics.json"), "{ \"topics\": [");
            await using var host = new DialogTestHost(settings: new Dictionary<string, string?> { ["LegalContent:Path"] = folder.FullName });
            await host.SendAsync("안녕하세요");

            var replies = await host.SendActivityAsync(host.Adapter.MakeActivity("법적 도움 알아보기"));

            Assert.Contains(Catalog.Ko(LegalText.Unavailable), replies[0].Text, StringComparison.Ordinal);
            Assert.Contains("132", replies[0].Text, StringComparison.Ordinal);
            Assert.Equal(ReportBot.Dialogs.Conversations.MenuDialog.Entries.Count, replies[^1].SuggestedActions.Actions.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Leaves the profile as the report dialog does at the end of a report, without depending on it.</summary>
    private static async Task SeedReportAsync(DialogTestHost host, Language language, params IncidentType[] types)
    {
        var state = host.Services.GetRequiredService<ConversationState>();
        var profile = state.CreateProperty<ConversationProfile>("profile");
        await host.Adapter.ProcessActivityAsync(
            host.Adapter.MakeActivity("(report finished)"),
            async (turn, cancellationToken) =>
            {
                var current = await profile.GetAsync(turn, () => new ConversationProfile(), cancellationToken);
                current.Language = language;
                current.ReportedIncidentTypes = [.. types];
                await state.SaveChangesAsync(turn, force: false, cancellationToken);
            },
            CancellationToken.None);
    }
}
