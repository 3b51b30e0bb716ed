using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// A ride or a vehicle told in the story ("my uber driver … the whole ride home", "택시 기사가", "차에 탔는데") is offered at
/// "where", and yes keeps it in the report; the home someone offered to drive the survivor to is not where it happened.
/// </summary>
public sealed class StoryRideOfferTests
{
    [Theory]
    [InlineData("en", "my uber driver kept touching my thigh the whole ride home", "uber")]
    [InlineData("en", "the taxi driver took a weird route and touched me", "taxi")]
    [InlineData("ko", "택시 기사가 계속 쳐다보면서 허벅지를 만졌어요", "택시")]
    [InlineData("ko", "부장님이 집에 데려다준다고 해서 차에 탔는데 거기서 만졌어요", "차")]
    [InlineData("ko", "전남친 차 안에서 억지로 그랬어요", "차 안")]
    public async Task A_ride_or_a_vehicle_is_offered_as_the_place_and_yes_keeps_it(string language, string story, string place)
    {
        var (host, lang, offer) = await ReportWalk.StoryOfferAsync(language, story, ReportText.FieldPlace, ReportText.AskPlace);
        await using var _ = host;
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        Assert.Equal(place, offer);

        await host.Say(lang == Language.Korean ? "네" : "yes");
        var summary = await host.SkipToSummaryAsync(lang);
        Assert.Contains(texts.Get(ReportText.FieldPlace, lang) + ": " + place, summary, StringComparison.Ordinal);
    }
}
