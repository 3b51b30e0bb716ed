using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The one who threatens is the one who did it: "my ex says if i dont pay him hes sending my nudes to my family" offered
/// "an account I only know online" (from a later "he messaged me on instagram"), because the ex only "says" and the
/// family is where the pictures would go.
/// </summary>
public sealed class ThreatWhoOfferTests
{
    [Theory]
    [InlineData("en", "my ex says if i dont pay him 2 million won hes sending my nudes to my family", nameof(ReportText.WhoPartner))]
    [InlineData("en", "my ex says he will post our videos", nameof(ReportText.WhoPartner))]
    [InlineData("en", "my boss said he'd share the photos with everyone at work", nameof(ReportText.WhoBossColleague))]
    [InlineData("ko", "전남친이 돈 안 보내면 가족한테 사진 보낸대요", nameof(ReportText.WhoPartner))]
    [InlineData("ko", "전남친이 영상 뿌린다고 했어요", nameof(ReportText.WhoPartner))]
    [InlineData("en", "my ex says hes sending my nudes to my family", nameof(ReportText.WhoPartner))]
    [InlineData("en", "my ex is sending my nudes to my family", nameof(ReportText.WhoPartner))]
    [InlineData("en", "my ex says if i dont pay him hes sending my nudes", nameof(ReportText.WhoPartner))]
    [InlineData("ko", "전남친이 가족한테 사진 보낸대요", nameof(ReportText.WhoPartner))]
    [InlineData("ko", "전남친이 돈 안 보내면 사진 보낸대요", nameof(ReportText.WhoPartner))]
    public async Task The_one_who_threatens_is_offered(string language, string story, string who)
    {
        var (host, lang, offer) = await ReportWalk.StoryOfferAsync(language, story, ReportText.FieldWho, ReportText.AskWho);
        await using var _ = host;

        Assert.Equal(host.ReportTextNamed(who, lang), offer);
    }
}
