using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Interruptions;

/// <summary>
/// The first thing many survivors ask is whether they will be known. At the menu, "is this really anonymous?", "여기 쓴
/// 거 누가 봐요?" and "신고하면 제 이름 알려지나요?" got "Sorry, I didn't quite get that". Now a question about this chat's
/// privacy gets what is kept and who reads it, and the menu again; a question about being known if one reports opens the
/// law on one's identity in an investigation, cited and dated. The same at a report's questions, which come back after.
/// </summary>
public sealed class PrivacyQuestionTests
{
    [Theory]
    [InlineData("안녕하세요", "이거 익명 맞죠?")]
    [InlineData("안녕하세요", "여기 쓴 거 누가 봐요?")]
    [InlineData("안녕하세요", "제 정보 저장되나요?")]
    [InlineData("hello", "is this really anonymous?")]
    [InlineData("hello", "who will see what i write here?")]
    [InlineData("hello", "can anyone track me from this?")]
    public async Task A_question_about_this_chats_privacy_at_the_menu_is_answered(string first, string question)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(question);

        Assert.Contains(Catalog.In(korean, ReportText.QuestionBackPrivacy), replies);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), replies);
        Assert.DoesNotContain(Catalog.In(korean, CommonText.RetryChoice), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "신고하면 제 이름 알려지나요?", "이름을 밝히지 않고 진술하기", "제23조", "마지막 검토")]
    [InlineData("안녕하세요", "경찰에 신고하면 가해자한테 연락가요?", "이름을 밝히지 않고 진술하기", "제23조", "마지막 검토")]
    [InlineData("hello", "if i report him will he know it was me?", "Giving a statement without your name on record", "Article 23", "Last reviewed")]
    [InlineData("hello", "if i go to the police does my name get out?", "Giving a statement without your name on record", "Article 23", "Last reviewed")]
    // The same worry said as a fear, not asked.
    [InlineData("안녕하세요", "신고하면 회사에서 다 알게 될까봐 무서워요", "이름을 밝히지 않고 진술하기", "제23조", "마지막 검토")]
    [InlineData("안녕하세요", "신고하면 제 신상 소문날까 봐 걱정돼요", "이름을 밝히지 않고 진술하기", "제23조", "마지막 검토")]
    [InlineData("hello", "im scared he'll find out it was me if i report him", "Giving a statement without your name on record", "Article 23", "Last reviewed")]
    public async Task A_question_about_being_known_if_one_reports_opens_the_law_on_ones_identity(string first, string question, string option, string article, string reviewed)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(question);

        Assert.Contains(Catalog.In(korean, LegalText.IntroIdentity), replies);
        Assert.Contains(Catalog.In(korean, LegalText.Disclaimer), replies);
        var first_ = replies[replies.LastIndexOf("1/", StringComparison.Ordinal)..];
        Assert.Contains(option, first_);
        Assert.Contains(article, first_);
        Assert.Contains(reviewed, first_);

        var next = await host.Say(korean ? "다음" : "next");
        Assert.Contains(korean ? "재판은 비공개로" : "The hearing can be closed to the public", next);
    }

    [Fact]
    public async Task At_a_report_question_the_identity_law_is_read_and_the_question_comes_back()
    {
        await using var host = new DialogTestHost();
        await host.AtQuestionAsync("en", "place");

        var replies = await host.Say("if i report him will he know it was me?");
        Assert.Contains(Catalog.En(LegalText.IntroIdentity), replies);

        var back = await host.Say("stop here");
        Assert.Contains(Catalog.En(ReportText.AskPlace), back);
    }

    [Fact]
    public async Task At_a_report_question_a_privacy_question_is_answered_and_the_question_asked_again()
    {
        await using var host = new DialogTestHost();
        await host.AtQuestionAsync("ko", "who");

        var replies = await host.Say("근데 이거 누가 봐요?");

        Assert.Contains(Catalog.Ko(ReportText.QuestionBackPrivacy), replies);
        Assert.Contains(Catalog.Ko(ReportText.AskWho), replies);
    }

    [Theory]
    [InlineData("안녕하세요", "경찰에 신고하고 싶어요")]
    [InlineData("hello", "i want to report him to the police")]
    [InlineData("hello", "he found out my name and posted it")]
    [InlineData("hello", "im scared to report him")]
    [InlineData("안녕하세요", "신고하기 무서워요")]
    public async Task A_wish_or_a_story_is_not_taken_for_a_question(string first, string words)
    {
        await using var host = new DialogTestHost();
        var korean = first != "hello";
        await host.Say(first);

        var replies = await host.Say(words);

        Assert.DoesNotContain(Catalog.In(korean, ReportText.QuestionBackPrivacy), replies);
        Assert.DoesNotContain(Catalog.In(korean, LegalText.IntroIdentity), replies);
    }

    [Theory]
    [InlineData("이거 익명 맞죠?", true)]
    [InlineData("is this anonymous", false)]
    public async Task As_a_first_message_the_welcome_comes_then_the_answer_then_the_menu(string question, bool korean)
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say(question);

        var answer = replies.IndexOf(Catalog.In(korean, ReportText.QuestionBackPrivacy), StringComparison.Ordinal);
        Assert.True(answer > 0, replies);
        Assert.True(replies.IndexOf(Catalog.In(korean, MenuText.Prompt), StringComparison.Ordinal) > answer, replies);
    }

    [Theory]
    [InlineData("신고하면 제 이름 알려지나요?", true, "이름을 밝히지 않고 진술하기")]
    [InlineData("will he find out i reported him?", false, "Giving a statement without your name on record")]
    public async Task As_a_first_message_being_known_if_one_reports_opens_the_law_after_the_welcome(string question, bool korean, string option)
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say(question);

        Assert.Contains(Catalog.In(korean, LegalText.IntroIdentity), replies);
        Assert.Contains(option, replies[replies.LastIndexOf("1/", StringComparison.Ordinal)..]);
        Assert.Contains(Catalog.In(korean, MenuText.Prompt), await host.Say(korean ? "그만 볼게요" : "Stop here"));
    }
}
