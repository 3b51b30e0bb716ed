using Microsoft.Bot.Schema;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class WelcomeAndMenuTests
{
    [Fact]
    public async Task A_new_conversation_is_greeted_in_both_languages_and_asked_for_a_language()
    {
        await using var host = new DialogTestHost();
        var update = host.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.Text = null;
        update.MembersAdded = [new ChannelAccount("survivor")];
        update.Locale = null; // No channel says the language.

        var replies = await host.SendActivityAsync(update);

        Assert.Contains(replies, r => r.Text.Contains("I never ask who you are", StringComparison.Ordinal) && r.Text.Contains("절대 묻지 않아요", StringComparison.Ordinal));
        Assert.Equal(["한국어", "English (영어)"], replies.Last().SuggestedActions.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("English", "All right, I'll use English from now on.", "What would you like to do?")]
    [InlineData("2", "All right, I'll use English from now on.", "What would you like to do?")]
    [InlineData("한국어", "알겠어요. 이제부터 한국어로 이야기할게요.", "무엇을 도와드릴까요?")]
    [InlineData("영어", "All right, I'll use English from now on.", "What would you like to do?")]
    public async Task The_language_answer_sets_the_language_and_opens_the_menu(string answer, string confirmation, string menu)
    {
        await using var host = new DialogTestHost();
        Assert.Contains("Which language", string.Join("\n", await host.SendAsync("👋")), StringComparison.Ordinal);

        var replies = await host.SendAsync(answer);

        Assert.StartsWith(confirmation, replies[0], StringComparison.Ordinal);
        Assert.StartsWith(menu, replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_can_be_switched_at_any_time_and_the_current_question_is_asked_again_in_it()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");

        var english = await host.SendAsync("english");
        Assert.Equal([Catalog.En(WelcomeText.LanguageSet), Catalog.En(MenuText.Prompt)], english);

        var korean = await host.SendAsync("한국어");
        Assert.Equal(Catalog.Ko(MenuText.Prompt), korean[^1]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    public async Task Every_menu_entry_answers_without_an_error(string entry)
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("hello");

        var replies = await host.SendAsync(entry);

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        Assert.DoesNotContain(replies, r => r.Contains("something went wrong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_conversation_continues_in_its_language_after_the_app_restarts_between_turns()
    {
        var storage = new Microsoft.Bot.Builder.MemoryStorage();
        await using (var before = new DialogTestHost(storage))
        {
            await before.SendAsync("안녕하세요");
        }

        await using var after = new DialogTestHost(storage);
        var replies = await after.SendAsync("없는 메뉴");

        Assert.StartsWith(Catalog.Ko(CommonText.RetryChoice), replies.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_message_gets_a_kind_answer_and_the_question_again()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("hello");

        var replies = await host.SendAsync("   ");

        Assert.Equal(Catalog.En(CommonText.EmptyMessage), replies[0]);
        Assert.StartsWith(Catalog.En(MenuText.Prompt), replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_without_text_is_answered_with_what_the_bot_can_read()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("안녕하세요");
        var photo = host.Adapter.MakeActivity();
        photo.Attachments = [new Attachment("image/png", "http://127.0.0.1/photo.png")];

        var replies = await host.SendActivityAsync(photo);

        Assert.StartsWith(Catalog.Ko(CommonText.NotText), replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_over_the_limit_is_answered_with_the_limit_and_nothing_moves_on()
    {
        await using var host = new DialogTestHost();
        await host.SendAsync("hello");

        var replies = await host.SendAsync(new string('a', 10_000));

        Assert.Equal("That message is longer than I can take in one go (10,000 characters; the limit is 8,000). Could you send it in a few parts? I'll take every part in order.", replies[0]);
        Assert.StartsWith(Catalog.En(MenuText.Prompt), replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_first_message_in_Korean_is_answered_in_Korean()
    {
        await using var host = new DialogTestHost();

        var replies = await host.SendAsync(string.Concat(Enumerable.Repeat("도와주세요 ", 2000)));

        Assert.StartsWith("메시지가 한 번에 받을 수 있는 길이보다 길어요(12,000자, 최대 8,000자).", replies[0], StringComparison.Ordinal);
        Assert.StartsWith(Catalog.Ko(MenuText.Prompt), replies[^1], StringComparison.Ordinal);
    }
}
