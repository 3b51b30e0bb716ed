using System.Text.Json;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>The profile data: every value says where it comes from and how sure it is; every channel the tests drive has one.</summary>
public sealed class ChannelProfileDataTests
{
    private static readonly string[] Statuses = ["verified", "secondary", "unconfirmed"];

    [Fact]
    public void Every_value_of_every_profile_names_its_status_and_an_https_source()
    {
        using var json = JsonDocument.Parse(ChannelProfileCatalog.OpenJson());
        var channels = json.RootElement.EnumerateObject().Where(c => !c.Name.StartsWith('$')).ToList();
        Assert.NotEmpty(channels);
        foreach (var channel in channels)
        {
            foreach (var field in channel.Value.EnumerateObject().Where(f => f.Name != "name"))
            {
                var where = $"{channel.Name}.{field.Name}";
                Assert.True(field.Value.TryGetProperty("value", out _), where + " has no value");
                Assert.Contains(field.Value.GetProperty("status").GetString(), Statuses);
                Assert.StartsWith("https://", field.Value.GetProperty("source").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_channel_under_test_has_a_profile_and_each_platform_that_knows_its_users_has_a_privacy_note_in_both_languages()
    {
        var profiles = new ChannelProfileCatalog();
        var texts = new TextCatalog();
        foreach (var channelId in AzureChannelBot.Channels)
        {
            var profile = profiles.Find(channelId);
            Assert.NotNull(profile);
            Assert.True(profile.MaxTextChars >= 1000, channelId);
            Assert.Equal(profile.KnowsIdentity, ChannelsText.PrivacyNote(channelId) is not null);
            if (ChannelsText.PrivacyNote(channelId) is { } note)
            {
                Assert.Contains("웹 채팅", texts.Get(note, Language.Korean), StringComparison.Ordinal);
                Assert.Contains("web chat", texts.Get(note, Language.English), StringComparison.Ordinal);
            }
        }

        Assert.Equal(TimeSpan.FromHours(24), profiles.Find("facebook")!.ProactiveWindow);
        Assert.Equal(ProactiveRule.Window, profiles.Find("facebook")!.Proactive);
        Assert.Null(profiles.Find("emulator"));
    }
}
