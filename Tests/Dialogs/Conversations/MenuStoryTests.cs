using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A survivor who starts telling what happened at the main menu (or as the very first message) is taken into the report
/// with those words kept as the start of the story, not asked to say it again; the kind of incident is taken only when
/// the words make it clear, and asked otherwise. Before, these got "I didn't quite get that" and the menu again.
/// </summary>
public sealed class MenuStoryTests
{
    [Theory]
    [InlineData("안녕하세요", "회사 상사가 자꾸 몸을 만져요", "report.type.harassment_work_school")]
    [InlineData("안녕하세요", "전남친이 영상 뿌린다고 협박해요", "report.type.non_consensual_sharing")]
    [InlineData("안녕하세요", "화장실에서누가몰래찍었어요ㅠㅠ", "report.type.illegal_filming")]
    [InlineData("hello", "someone filmed me in the bathroom", "report.type.illegal_filming")]
    [InlineData("hello", "i think my ex posted pics of me", "report.type.non_consensual_sharing")]
    public async Task Telling_what_happened_at_the_menu_starts_the_report_with_those_words(string greeting, string story, string type)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.Contains(Catalog.In(korean, new TextKey(type)), replies);
        // The story question asks for more, not for the story again.
        Assert.Contains(Catalog.In(korean, StoryText.AddMore), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskNarrative), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskTypes), replies);

        var after = await host.Say(korean ? "다 했어요" : "done");
        Assert.Contains(Catalog.In(korean, ReportText.AskWhen), after);
        var summary = await SkipToSummaryAsync(host, korean);
        Assert.Contains(story[..Math.Min(story.Length, 20)], summary);
    }

    [Theory]
    [InlineData("안녕하세요", "술먹고 기억이 안나는데 모르는 사람한테 당한거같아요")]
    [InlineData("hello", "something happened with a guy at a party last night")]
    public async Task When_the_kind_of_incident_is_not_clear_the_report_asks_it_and_keeps_the_words(string greeting, string story)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.Contains(Catalog.In(korean, ReportText.AskTypes), replies);
        var next = await host.Say("9");
        Assert.Contains(Catalog.In(korean, StoryText.AddMore), next);
        await host.Say(korean ? "그리고 그 뒤로 연락이 계속 와요" : "and he keeps texting me since");
        await host.Say(korean ? "다 했어요" : "done");
        var summary = await SkipToSummaryAsync(host, korean);
        Assert.Contains(story[..20], summary);
    }

    [Theory]
    [InlineData("안녕하세요", "어제 팀장이 회식에서 억지로 끌어안았어요")]
    [InlineData("안녕하세요", "선배가 술자리에서 뽀뽀하려고 했어요")]
    [InlineData("안녕하세요", "모르는 남자가 지하철에서 몸에 비볐어요")]
    [InlineData("안녕하세요", "동기가 자는사이에 옷을 벗겼어요")]
    [InlineData("hello", "yesterday my boss grabbed me at work")]
    [InlineData("hello", "a guy at the bar spiked my drink")]
    [InlineData("hello", "my coworker kissed me at the office party")]
    [InlineData("hello", "some man exposed himself to me on the bus")]
    // Being drugged said of oneself (2026-12-07: the welcome and the menu only), and a story asked about ("can this be
    // reported too?", which was answered as "will this chat go to the police?" and the story dropped).
    [InlineData("hello", "hi i think i was drugged at a party last weekend and i dont remember what happened")]
    [InlineData("hello", "i think someone put something in my drink at the club")]
    [InlineData("안녕하세요", "클럽에서 누가 술에 뭘 탄 것 같아요 기억이 하나도 안 나요")]
    [InlineData("안녕하세요", "회식 때 부장이 허벅지 만졌는데 이것도 신고 되나요?")]
    public async Task Acts_told_in_other_words_at_the_menu_start_the_report_too(string greeting, string story)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.DoesNotContain(Catalog.In(korean, ReportText.AskNarrative), replies);
    }

    [Theory]
    [InlineData("ko", "회식 때 부장이 허벅지 만졌는데 이것도 신고 되나요?")]
    [InlineData("en", "hi i think i was drugged at a party last weekend and i dont remember what happened")]
    public async Task A_story_as_the_very_first_message_starts_the_report_even_with_a_question_or_no_word_for_the_harm(string language, string story)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.DoesNotContain(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("ko", "회식 때 부장이 허벅지 만졌는데 이것도 신고 되나요?", true)]
    [InlineData("ko", "과외쌤이 자꾸 몸 만지는데 이거 성추행 맞나요", true)]
    [InlineData("ko", "전남친이 몰래 찍은 영상 있다는데 신고 가능한가요", true)]
    [InlineData("ko", "단톡방에 제 사진 합성해서 올렸대요 이거 범죄인가요?", true)]
    [InlineData("en", "a guy at the club grabbed me, can i report this??", true)]
    [InlineData("en", "my ex posted my nudes on twitter does that count as a crime", true)]
    [InlineData("en", "my professor keeps texting me at night and asking for pics, does this count as harassment?", true)]
    [InlineData("en", "someone filmed me in the changing room at the gym. should i report it?", true)]
    [InlineData("en", "i was 15 when my uncle started touching me, it went on for years. is this even something i can report now?", true)]
    [InlineData("ko", "중학생 때 친척 오빠가 몸을 만졌는데 지금이라도 신고할 수 있을까요", true)]
    [InlineData("ko", "회식 때 부장이 허벅지 만졌어요", false)]
    [InlineData("en", "my manager keeps touching my waist at work", false)]
    [InlineData("en", "my coworker grabbed my butt at the party, will this go to the police?", false)]
    public async Task A_story_asked_about_as_reportable_gets_that_answered_before_the_questions(string language, string story, bool asked)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.Equal(asked, replies.Contains(Catalog.In(korean, StoryText.Reportable)));
        Assert.DoesNotContain(Catalog.In(korean, MenuText.Prompt), replies);
    }

    [Theory]
    [InlineData("ko", "회식 때 부장이 허벅지 만졌어요 경찰에 넘어가나요?")]
    [InlineData("en", "my coworker grabbed my butt at the party, will this go to the police?")]
    public async Task A_story_told_with_the_worry_that_this_chat_goes_to_the_police_gets_that_answered(string language, string story)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.Contains(Catalog.In(korean, new TextKey("report.question_back.police")), replies);
        Assert.DoesNotContain(Catalog.In(korean, StoryText.Reportable), replies);
    }

    [Theory]
    [InlineData("ko", "회식 때 부장이 허벅지 만졌는데 이것도 신고 되나요?", "법적 도움")]
    [InlineData("en", "a guy at the club grabbed me, can i report this??", "legal options")]
    public async Task The_legal_options_the_answer_points_to_come_at_once_when_asked(string language, string story, string ask)
    {
        await using var host = ReportWalk.HostIn(language);
        var korean = language == "ko";

        await host.Say(story);
        var replies = await host.Say(ask);

        Assert.Contains(Catalog.In(korean, LegalText.Disclaimer), replies);
    }

    [Fact]
    public async Task A_story_as_the_very_first_message_starts_the_report_in_its_language()
    {
        await using var host = new DialogTestHost();

        var replies = await host.Say("전남친이 영상 뿌린다고 협박해요");

        Assert.Contains(Catalog.Ko(StoryText.Intro), replies);
        Assert.Contains(Catalog.Ko(StoryText.AddMore), replies);
    }

    [Theory]
    [InlineData("전남친이 영상 뿌린다고 협박해요", true)]
    [InlineData("someone filmed me in the bathroom", false)]
    public async Task A_story_told_in_answer_to_the_language_question_starts_the_report_in_its_language(string story, bool korean)
    {
        await using var host = new DialogTestHost();
        var greeting = await host.Say("...");
        Assert.Contains(Catalog.Ko(WelcomeText.ChooseLanguage), greeting);

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.Contains(Catalog.In(korean, StoryText.AddMore), replies);
    }

    [Fact]
    public async Task A_question_about_the_law_at_the_menu_still_opens_the_legal_options()
    {
        await using var host = new DialogTestHost();
        await host.Say("hello");

        var replies = await host.Say("can I sue him");

        Assert.Contains(Catalog.En(LegalText.BrowsePrompt)[..10], replies);
        Assert.DoesNotContain(Catalog.En(StoryText.Intro), replies);
    }

    [Fact]
    public async Task A_question_about_the_law_that_names_what_happened_reads_the_law_for_it()
    {
        await using var host = new DialogTestHost();
        await host.Say("안녕하세요");

        var replies = await host.Say("전남친이 사진 올렸는데 고소할 수 있어요?");

        Assert.Contains(Catalog.Ko(LegalText.IntroReport, ("types", Catalog.Ko(ReportText.TypeNonConsensualSharing))), replies);
        Assert.DoesNotContain(Catalog.Ko(StoryText.Intro), replies);
        Assert.DoesNotContain(Catalog.Ko(ReportText.TypeCounterLawsuit), replies);
    }

    private static async Task<string> SkipToSummaryAsync(DialogTestHost host, bool korean)
    {
        var summaryIntro = korean ? Catalog.Ko(ReportText.SummaryIntro) : Catalog.En(ReportText.SummaryIntro);
        for (var i = 0; i < 10; i++)
        {
            var replies = await host.Say(korean ? "건너뛰기" : "skip");
            if (replies.Contains(summaryIntro, StringComparison.Ordinal))
            {
                return replies;
            }
        }

        Assert.Fail("The summary never came.");
        return string.Empty;
    }
}
