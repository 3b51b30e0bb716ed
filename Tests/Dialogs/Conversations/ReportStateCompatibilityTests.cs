using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A report in progress when the question lists moved out of the strings (the version before self-describing report
/// questions) continues after the deploy: same question, same numbered list, its answers kept and saved.
/// </summary>
public sealed class ReportStateCompatibilityTests
{
    private const string ConversationKey = "test/conversations/conversation-1";

    /// <summary>
    /// Conversation state as that version stored it: types, story, date and place answered, "who is it?" waiting
    /// on the shared one-choice prompt, whose options still name the text that listed the choices by hand.
    /// </summary>
    private const string WaitingOnWho = """
        {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","handoff":null,"dialogState":{"$type":"ReportBot.Dialogs.Engine.DialogState, ReportBot.Dialogs","Stack":{"$type":"System.Collections.Generic.List`1[[ReportBot.Dialogs.Engine.DialogInstance, ReportBot.Dialogs]], System.Private.CoreLib","$values":[{"$type":"ReportBot.Dialogs.Engine.DialogInstance, ReportBot.Dialogs","Id":"report.choice","State":{"options":{"PromptKey":"report.ask.who","PromptArgs":null,"RetryKey":"report.retry.who","Choices":[{"Value":"Stranger","LabelKey":"report.who.stranger","Synonyms":null},{"Value":"PartnerOrEx","LabelKey":"report.who.partner","Synonyms":null},{"Value":"Family","LabelKey":"report.who.family","Synonyms":null},{"Value":"BossOrColleague","LabelKey":"report.who.boss_colleague","Synonyms":null},{"Value":"TeacherOrProfessor","LabelKey":"report.who.teacher","Synonyms":null},{"Value":"FriendOrAcquaintance","LabelKey":"report.who.acquaintance","Synonyms":null},{"Value":"OnlineAccount","LabelKey":"report.who.online_account","Synonyms":null},{"Value":"Other","LabelKey":"report.who.other","Synonyms":null}],"AllowSkip":true,"KeepAsWritten":true,"AnswerSet":"who","NoneChoice":null,"MaxLength":null},"attempts":0}},{"$type":"ReportBot.Dialogs.Engine.DialogInstance, ReportBot.Dialogs","Id":"report","State":{"draft":{"Types":["IllegalFilming","Deepfake"],"Narrative":["모르는 번호로 사진이 왔어요."],"When":{"From":"2026-11-24","To":null,"Unknown":false,"Words":null,"Approximate":false,"AsWritten":false},"Place":"부산","Relationship":null,"Evidence":null,"StillOnline":null,"Disclosures":null,"Wishes":null,"WrittenAnswers":null,"Additions":[]},"phase":"Question","field":"who","correcting":false,"parts":{"types":{"RecordedAt":"2026-11-25T03:00:00+00:00","AsWritten":null},"narrative":{"RecordedAt":"2026-11-25T03:00:00+00:00","AsWritten":null},"when":{"RecordedAt":"2026-11-25T03:00:00+00:00","AsWritten":"어제"},"place":{"RecordedAt":"2026-11-25T03:00:00+00:00","AsWritten":null}}}},{"$type":"ReportBot.Dialogs.Engine.DialogInstance, ReportBot.Dialogs","Id":"menu","State":{"stepIndex":1,"values":{}}}]}},"profile":{"$type":"ReportBot.Dialogs.Engine.ConversationProfile, ReportBot.Dialogs","Language":0,"LastActive":"2026-11-25T03:00:00+00:00","ReportedIncidentTypes":{"$type":"System.Collections.Generic.List`1[[ReportBot.Dialogs.Reports.IncidentType, ReportBot.Dialogs]], System.Private.CoreLib","$values":[]}},"reportSession":{"$type":"ReportBot.Dialogs.Reports.ReportSession, ReportBot.Dialogs","CrisisAt":null,"CaseKeys":{"$type":"System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib","$values":[]},"DeleteConfirmationPending":false,"FailedCodeAttempts":0,"CodeChecksPausedUntil":null,"WelcomeBackPending":false,"PendingIntent":null,"PendingText":null,"CrisisCheckPending":false}}
        """;

    [Fact]
    public async Task A_report_stored_before_the_change_asks_its_waiting_question_with_the_same_numbered_list_and_saves_every_answer()
    {
        var storage = new SerializedStorage();
        storage.Put(ConversationKey, WaitingOnWho);
        await using var host = ReportTestHost.Create(storage);

        // Crying letters are not an answer: the same question comes again, its list numbered now at run time.
        var again = await host.Say("ㅠㅠ");
        Assert.Contains(Who, again, StringComparison.Ordinal);

        var evidence = await host.Say("7");
        Assert.Contains("가지고 있거나, 사라질까 걱정되는 자료가 있나요? 해당하는 것을 모두 골라 주세요.\n1. 스크린샷·사진\n2. 링크(URL)\n3. 메시지·채팅 기록\n4. 영상·파일\n5. 보거나 들은 사람(목격자)\n6. 아직 없어요", evidence, StringComparison.Ordinal);
        await host.Say("건너뛰기");
        await host.Say("건너뛰기");
        await host.Say("건너뛰기");
        var summary = await host.Say("건너뛰기");
        Assert.Contains("• 어떤 일: 불법촬영, 딥페이크(합성·편집물)\n• 있었던 일: 메시지 1개, 16자: \"모르는 번호로 사진이 왔어요.\"", summary, StringComparison.Ordinal);
        Assert.Contains("• 어디서: 부산\n• 상대와의 관계: 온라인에서만 아는 계정", summary, StringComparison.Ordinal);

        // "Which part?" with the same numbered list as before.
        Assert.Contains("어느 부분을 고칠까요?\n1. 어떤 일\n2. 있었던 일\n3. 언제\n4. 어디서\n5. 상대와의 관계\n6. 자료·증거\n7. 온라인에 남아 있는지\n8. 알린 곳\n9. 원하는 도움", await host.Say("고칠 부분이 있어요"), StringComparison.Ordinal);
        await host.Say("건너뛰기");

        var code = ReportWalk.CaseCodeIn(await host.Say("저장하기"));
        var cases = host.Services.GetRequiredService<CaseStore>();
        var stored = await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal([IncidentType.IllegalFilming, IncidentType.Deepfake], stored.Report.Types);
        Assert.Equal(["모르는 번호로 사진이 왔어요."], stored.Report.Narrative);
        Assert.Equal(new DateOnly(2026, 11, 24), stored.Report.When?.From);
        Assert.Equal("부산", stored.Report.Place);
        Assert.Equal(Relationship.OnlineAccount, stored.Report.Relationship);
        Assert.Equal("어제", stored.Parts?["when"].AsWritten);
    }

    [Fact]
    public async Task Coming_back_days_later_to_a_report_stored_before_the_change_repeats_the_waiting_question_with_its_list()
    {
        var clock = new ManualClock(ReportTestHost.Noon);
        clock.Advance(TimeSpan.FromDays(3));
        var storage = new SerializedStorage();
        storage.Put(ConversationKey, WaitingOnWho);
        await using var host = ReportTestHost.Create(storage, clock);

        Assert.Contains("다시 와 주셨네요", await host.Say("안녕하세요"), StringComparison.Ordinal);
        Assert.Contains(Who, await host.Say("이어서 하기"), StringComparison.Ordinal);
        Assert.Contains("사라질까 걱정되는 자료", await host.Say("2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Prompt_options_stored_before_numbered_lists_number_the_report_choices_and_no_other_prompts()
    {
        static PromptOptions Stored(string json) => PromptOptions.FromStored(Newtonsoft.Json.Linq.JObject.Parse(json));

        Assert.True(Stored("""{"PromptKey":"report.ask.types","Choices":[{"Value":"Stalking","LabelKey":"report.type.stalking"}],"AllowSkip":true,"KeepAsWritten":true,"AnswerSet":"types"}""").NumberChoices);
        Assert.True(Stored("""{"PromptKey":"report.correct.ask","Choices":[{"Value":"types","LabelKey":"report.field.types"}],"AllowSkip":true,"AnswerSet":null}""").NumberChoices);
        Assert.False(Stored("""{"PromptKey":"menu.ask","Choices":[{"Value":"report","LabelKey":"menu.report"}],"AllowSkip":false,"AnswerSet":null}""").NumberChoices);
        Assert.False(Stored("""{"PromptKey":"report.summary.ask","Choices":[{"Value":"save","LabelKey":"report.summary.save"}],"NumberChoices":false,"AnswerSet":null}""").NumberChoices);
        Assert.True(Stored("""{"PromptKey":"test.ask","Choices":[{"Value":"a","LabelKey":"test.a"}],"NumberChoices":true}""").NumberChoices);
    }

    private const string Who = "상대는 어떤 관계의 사람인가요? 이름은 적지 않으셔도 돼요. 가장 가까운 것을 하나 골라 주세요.\n1. 모르는 사람\n2. 연인 또는 전 연인(배우자 포함)\n3. 가족·친척\n4. 직장 상사·동료\n5. 교사·교수·강사\n6. 친구·지인\n7. 온라인에서만 아는 계정\n8. 기타";
}
