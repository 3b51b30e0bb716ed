using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Channels.Azure.ChannelReplyRules;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>
/// Each Azure Bot Service channel end to end: its recorded activities posted to /api/messages over HTTP with
/// authentication on, the replies taken from the loopback channel at the activity's serviceUrl, checked against the
/// channel's profile.
/// </summary>
[Slow]
public sealed class AzureChannelConversationTests
{
    public static TheoryData<string> Channels() => new(AzureChannelBot.Channels);

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task The_start_event_brings_one_greeting_and_where_the_platform_knows_the_user_the_privacy_note_first(string channelId)
    {
        await using var azure = await AzureChannelBot.StartAsync();
        var profile = Profile(azure, channelId);
        var texts = azure.Bot.Services.GetRequiredService<ITextCatalog>();
        var recorded = new RecordedActivities(channelId, azure.Channel.ServiceUrl);

        var replies = new List<Activity>();
        var starts = recorded.Start();
        foreach (var start in starts)
        {
            replies.AddRange(await azure.PostAsync(start));
        }

        var said = replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text).ToList();
        // A start event that carries the platform's locale is greeted in that language without the language question;
        // one that carries none gets the two-language greeting and the question.
        if (starts.Any(a => a.Locale?.StartsWith("ko", StringComparison.OrdinalIgnoreCase) == true))
        {
            Assert.Single(said, t => t.Contains(texts.Get(WelcomeText.Intro, Language.Korean), StringComparison.Ordinal));
            Assert.DoesNotContain(said, t => t.Contains(texts.Get(WelcomeText.ChooseLanguage, Language.Korean), StringComparison.Ordinal));
        }
        else
        {
            Assert.Single(said, t => t.Contains(texts.Get(WelcomeText.IntroBilingual, Language.Korean), StringComparison.Ordinal));
            Assert.Contains(said, t => t.Contains(texts.Get(WelcomeText.ChooseLanguage, Language.Korean), StringComparison.Ordinal));
        }

        Assert.DoesNotContain(said, t => t.Contains("/start", StringComparison.Ordinal) || t.Contains("GET_STARTED", StringComparison.Ordinal));
        if (ChannelsText.PrivacyNote(channelId) is { } note)
        {
            Assert.True(profile.KnowsIdentity);
            var index = said.FindIndex(t => t.Contains(texts.Get(note, Language.Korean), StringComparison.Ordinal)
                && t.Contains(texts.Get(note, Language.English), StringComparison.Ordinal));
            Assert.Equal(0, index);
            Assert.Single(said, t => t.Contains(texts.Get(note, Language.English), StringComparison.Ordinal));
        }
        else
        {
            Assert.False(profile.KnowsIdentity);
            Assert.DoesNotContain(said, t => t.Contains("web chat on the support organisation's website", StringComparison.Ordinal));
        }

        AssertObeys(profile, replies);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task A_whole_report_through_the_channel_ends_with_a_case_code_and_every_reply_fits_the_channel(string channelId)
    {
        await using var azure = await AzureChannelBot.StartAsync();
        var profile = Profile(azure, channelId);
        var survivor = new ChannelSurvivor(azure, new RecordedActivities(channelId, azure.Channel.ServiceUrl));

        var menu = await survivor.SayAsync(null);
        Assert.Contains("무엇을 도와드릴까요", Texts(menu), StringComparison.Ordinal);
        if (profile.MaxSuggestedActions >= 5)
        {
            Assert.Equal(5, menu.Last().SuggestedActions?.Actions.Count ?? 0);
        }
        else
        {
            // Too many choices for this channel's buttons: numbered lines, no buttons.
            Assert.Null(menu.Last().SuggestedActions);
            Assert.Contains("1. 겪은 일 기록하기\n2. 법적 도움 알아보기", menu.Last().Text, StringComparison.Ordinal);
        }

        Assert.Contains("어떤 일을 겪으셨나요", Texts(await survivor.PressAsync(menu, "겪은 일 기록하기")), StringComparison.Ordinal);
        Assert.Contains("편한 말로 적어 주세요", Texts(await survivor.SayAsync("1, 3")), StringComparison.Ordinal);
        await survivor.SayAsync("모르는 번호로 제 사진이 합성돼서 왔어요.");
        var more = await survivor.SayAsync("그 뒤로 계속 메시지가 와요.");
        Assert.Contains("언제 있었던 일인가요", Texts(await survivor.PressAsync(more, "다 했어요")), StringComparison.Ordinal);
        Assert.Contains("어디에서 있었던 일인가요", Texts(await survivor.SayAsync("건너뛰기")), StringComparison.Ordinal);
        // "모르는 번호로" in the story: who is offered (yes/no buttons), not asked as if unheard; a skip passes it.
        Assert.Contains("앞에서 말씀하신 내용으로 보면", Texts(await survivor.SayAsync("서울")), StringComparison.Ordinal);
        await survivor.SayAsync("건너뛰기");
        await survivor.SayAsync("1, 2");
        await survivor.SayAsync("건너뛰기");
        await survivor.SayAsync("건너뛰기");
        var summary = await survivor.SayAsync("2");
        Assert.Contains("이대로 저장할까요", Texts(summary), StringComparison.Ordinal);

        var saved = Texts(await survivor.PressAsync(summary, index: 0));
        Assert.Contains("저장했어요", saved, StringComparison.Ordinal);
        var code = ReportWalk.CaseCodeIn(saved);
        var cases = azure.Bot.Services.GetRequiredService<CaseStore>();
        var stored = await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal([IncidentType.IllegalFilming, IncidentType.Deepfake], stored.Report.Types);
        Assert.Equal(["모르는 번호로 제 사진이 합성돼서 왔어요.", "그 뒤로 계속 메시지가 와요."], stored.Report.Narrative);

        AssertObeys(profile, survivor.Received);
        Assert.DoesNotContain("합성돼서", azure.Bot.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task An_activity_without_a_valid_channel_token_is_refused_and_answered_nothing(string channelId)
    {
        await using var azure = await AzureChannelBot.StartAsync();
        var activity = new RecordedActivities(channelId, azure.Channel.ServiceUrl).Text();

        using var none = await azure.Bot.PostActivityAsync(activity);
        using var otherServiceUrl = await azure.Bot.PostActivityAsync(activity, azure.Issuer.ChannelToken("https://elsewhere.example/"));
        using var otherBot = await azure.Bot.PostActivityAsync(activity, azure.Issuer.ChannelToken(activity.ServiceUrl, audience: Guid.NewGuid().ToString()));
        using var expired = await azure.Bot.PostActivityAsync(activity, azure.Issuer.ChannelToken(activity.ServiceUrl, lifetime: TimeSpan.FromMinutes(-10)));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherServiceUrl.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherBot.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Empty(azure.Channel.TakeReceived());
        Assert.NotEmpty(await azure.PostAsync(activity));
    }

    private static ChannelProfile Profile(AzureChannelBot azure, string channelId) =>
        azure.Bot.Services.GetRequiredService<ChannelProfileCatalog>().Find(channelId)!;
}
