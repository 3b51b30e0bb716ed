using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Azure;

public sealed class ChannelRendererTests
{
    private static readonly ChannelProfileCatalog Profiles = new();
    private readonly NumberedChoiceMemory _numbered = new(new ManualClock(DateTimeOffset.UtcNow));

    private ChannelRenderer Renderer => new(Profiles, _numbered);

    [Fact]
    public void A_long_answer_is_split_on_sentence_boundaries_within_the_limit_with_the_buttons_on_the_last_piece()
    {
        var text = string.Concat(Enumerable.Repeat("피해 사실을 날짜순으로 적어 두면 도움이 돼요. ", 80)).Trim();
        var activity = Message("facebook", text, "다음", "그만 볼게요");

        var pieces = Renderer.Render(activity);

        Assert.True(pieces.Count >= 2);
        Assert.All(pieces, p => Assert.True(p.Text.Length <= 2000));
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith("돼요.", p.Text, StringComparison.Ordinal));
        Assert.All(pieces.SkipLast(1), p => Assert.Null(p.SuggestedActions));
        Assert.Equal(["다음", "그만 볼게요"], pieces[^1].SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(pieces.Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Five_choices_on_Teams_become_numbered_lines_and_two_stay_buttons()
    {
        var menu = Renderer.Render(Message("msteams", "무엇을 도와드릴까요?", "겪은 일 기록하기", "법적 도움 알아보기", "상담사와 이야기하기", "내 기록 삭제하기", "사건 코드가 있어요"));
        var yesNo = Renderer.Render(Message("msteams", "저장할까요?", "예", "아니요"));

        var numbered = Assert.Single(menu);
        Assert.Null(numbered.SuggestedActions);
        Assert.Equal("무엇을 도와드릴까요?\n\n1. 겪은 일 기록하기\n2. 법적 도움 알아보기\n3. 상담사와 이야기하기\n4. 내 기록 삭제하기\n5. 사건 코드가 있어요", numbered.Text);
        Assert.Equal(2, Assert.Single(yesNo).SuggestedActions.Actions.Count);
    }

    [Fact]
    public void Slack_never_gets_buttons_and_the_number_typed_back_stands_for_the_button()
    {
        var rendered = Assert.Single(Renderer.Render(Message("slack", "다 적으셨으면 아래를 눌러 주세요.", "다 했어요")));

        Assert.Null(rendered.SuggestedActions);
        Assert.EndsWith("\n\n1. 다 했어요", rendered.Text, StringComparison.Ordinal);
        Assert.Equal(["다 했어요"], _numbered.Take("slack", "conv-1"));
        Assert.Null(_numbered.Take("slack", "conv-1"));
    }

    [Fact]
    public void A_question_that_already_numbers_its_choices_is_not_given_the_list_twice_where_buttons_do_not_fit()
    {
        var question = "누구였나요?\n1. 모르는 사람\n2. 아는 사람\n3. 말하고 싶지 않아요";
        var rendered = Assert.Single(Renderer.Render(Message("slack", question, "모르는 사람", "아는 사람", "말하고 싶지 않아요")));

        Assert.Equal(question, rendered.Text);
        Assert.Null(rendered.SuggestedActions);
        Assert.Equal(["모르는 사람", "아는 사람", "말하고 싶지 않아요"], _numbered.Take("slack", "conv-1"));
    }

    [Fact]
    public void A_label_longer_than_Messenger_shows_whole_is_sent_as_numbered_text_rather_than_cut()
    {
        var rendered = Assert.Single(Renderer.Render(Message("facebook", "What would you like to do?", "Report what happened", "Learn my legal options")));

        Assert.Null(rendered.SuggestedActions);
        Assert.Contains("2. Learn my legal options", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_is_removed_where_the_channel_shows_it_as_typed_and_text_is_always_plain()
    {
        var line = Assert.Single(Renderer.Render(Message("line", "**중요**: [여성긴급전화](https://www.example.org/1366) 안내")));
        var teams = Assert.Single(Renderer.Render(Message("msteams", "**중요**")));

        Assert.Equal("중요: 여성긴급전화 (https://www.example.org/1366) 안내", line.Text);
        Assert.Equal(TextFormatTypes.Plain, line.TextFormat);
        Assert.Equal("**중요**", teams.Text);
        Assert.Equal(TextFormatTypes.Plain, teams.TextFormat);
    }

    [Fact]
    public void Typing_is_dropped_where_the_channel_has_none_and_unknown_channels_are_left_alone()
    {
        Assert.Empty(Renderer.Render(new Activity { Type = ActivityTypes.Typing, ChannelId = "line" }));
        Assert.Single(Renderer.Render(new Activity { Type = ActivityTypes.Typing, ChannelId = "msteams" }));
        var original = Message("emulator", new string('가', 30_000), "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        var same = Assert.Single(Renderer.Render(original));
        Assert.Same(original, same);
        Assert.Equal(14, same.SuggestedActions.Actions.Count);
    }

    [Fact]
    public void A_Telegram_button_whose_value_exceeds_64_bytes_becomes_a_numbered_line()
    {
        var longValue = new string('가', 22); // 66 bytes in UTF-8, 22 characters
        var profile = Profiles.Find("telegram")!;

        Assert.False(ChannelRenderer.Fits([new CardAction(ActionTypes.ImBack, "짧게", value: longValue)], profile));
        Assert.True(ChannelRenderer.Fits([new CardAction(ActionTypes.ImBack, "예", value: "예")], profile));
    }

    private static Activity Message(string channelId, string text, params string[] buttons)
    {
        var activity = MessageFactory.Text(text);
        activity.ChannelId = channelId;
        activity.Conversation = new ConversationAccount(id: "conv-1");
        if (buttons.Length > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = buttons.Select(b => new CardAction(ActionTypes.ImBack, b, value: b)).ToList() };
        }

        return activity;
    }
}
