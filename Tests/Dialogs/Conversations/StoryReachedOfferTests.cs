using ReportBot.Resources.Text;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// At "who", someone the story says was messaged, texted or called is the one reached, not the one who did it, so the
/// one who reached them is offered ("my ex made a fake account to message my friends about me": my ex). A verb said in
/// another form than a partner word ("헤어지재요", says we should break up, beside "헤어진", the one broken up with) names
/// nobody, so a partner who was only told is not offered.
/// </summary>
public sealed class StoryReachedOfferTests
{
    [Theory]
    [InlineData("en", "my ex made a fake account to message my friends about me", nameof(ReportText.WhoPartner))]
    [InlineData("en", "my stepbrother emailed my teacher the pictures", nameof(ReportText.WhoFamily))]
    [InlineData("en", "my manager keeps texting my girlfriend things about me", nameof(ReportText.WhoBossColleague))]
    [InlineData("ko", "전남친이 부계정 만들어서 제 친구들한테 연락했어요", nameof(ReportText.WhoPartner))]
    [InlineData("ko", "회사 과장이 우리 엄마한테 전화해서 이상한 말을 했어요", nameof(ReportText.WhoBossColleague))]
    public async Task The_one_who_reached_others_is_offered_not_the_ones_reached(string language, string story, string who)
    {
        var (host, lang, offer) = await ReportWalk.StoryOfferAsync(language, story, ReportText.FieldWho, ReportText.AskWho);
        await using var _ = host;

        Assert.Equal(host.ReportTextNamed(who, lang), offer);
    }

    [Theory]
    [InlineData("ko", "남친한테 털어놨는데 헤어지재요")]
    [InlineData("ko", "여자친구한테 말했더니 헤어지자고 했어요")]
    [InlineData("ko", "남편한테 얘기하면 헤어질까봐 무서워요")]
    public async Task A_partner_only_told_is_not_offered_when_the_story_says_they_would_break_up(string language, string story)
    {
        var (host, _, offer) = await ReportWalk.StoryOfferAsync(language, story, ReportText.FieldWho, ReportText.AskWho);
        await using var _ = host;

        Assert.Null(offer);
    }
}
