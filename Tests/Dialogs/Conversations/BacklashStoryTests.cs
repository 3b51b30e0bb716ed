using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The lead's known misses on the running bot, as first messages and at "what happened?": a leak of a name or address after
/// speaking out was read as images shared, a pile-on in a group chat ("꽃뱀이라고 몰아가요") was not kept as the story, and a fake
/// account with her photos got only the menu or was read as sharing. Each is now kept as the start of the story with the kind it
/// tells; a leak of pictures is still sharing, and a leak of both is both.
/// </summary>
public sealed class BacklashStoryTests
{
    public static TheoryData<string, string, string> Stories => new()
    {
        { "hello", "someone leaked my name and address after i reported him", "online_harassment" },
        { "안녕하세요", "제 개인정보가 유출돼서 모르는 사람들한테 연락이 와요", "online_harassment" },
        { "안녕하세요", "폭로한 뒤로 단톡방에서 저를 꽃뱀이라고 몰아가요", "online_harassment" },
        { "hello", "they made a fake account with my photos and wrote sexual stuff", "online_harassment" },
        { "안녕하세요", "누가 제 사진으로 가짜 계정 만들어서 야한 글 올려요", "online_harassment" },
        { "안녕하세요", "누가 제 사진으로 합성해서 가짜 계정 만들고 야한 글 올려요", "deepfake,online_harassment" },
        { "hello", "my ex said the pictures leaked in a group chat", "non_consensual_sharing" },
        { "hello", "he leaked my nudes and my address", "non_consensual_sharing,online_harassment" },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task Told_as_the_first_message_it_is_kept_with_its_kinds(string greeting, string story, string kinds)
    {
        await using var host = new DialogTestHost();
        await host.Say(greeting);
        var korean = greeting != "hello";

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.Intro), replies);
        Assert.Contains(Catalog.In(korean, StoryText.AddMore), replies);
        AssertKinds(korean, kinds, replies);
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task Told_at_what_happened_it_is_kept_with_its_kinds(string greeting, string story, string kinds)
    {
        await using var host = new DialogTestHost();
        var korean = greeting != "hello";
        await host.Say(greeting);
        Assert.Contains(Catalog.In(korean, ReportText.AskTypes), await host.Say(korean ? "신고하고 싶어요" : "i want to report"));

        var replies = await host.Say(story);

        Assert.Contains(Catalog.In(korean, StoryText.KeptFromAnswer), replies);
        AssertKinds(korean, kinds, replies);
    }

    // Exactly the kinds told: each named, and no other kind's label said back.
    private static void AssertKinds(bool korean, string kinds, string replies)
    {
        var expected = kinds.Split(',');
        foreach (var kind in new[] { "illegal_filming", "non_consensual_sharing", "deepfake", "sexual_assault", "harassment_work_school", "online_harassment", "stalking", "counter_lawsuit" })
        {
            var label = Catalog.In(korean, new TextKey("report.type." + kind));
            Assert.True(expected.Contains(kind) == replies.Contains(label, StringComparison.Ordinal), kind + ": " + replies);
        }
    }
}
