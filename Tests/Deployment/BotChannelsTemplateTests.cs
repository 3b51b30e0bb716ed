using System.Text.Json.Nodes;

namespace ReportBot.Tests.Deployment;

/// <summary>The Azure Bot's messaging channels in the Bicep: each one off until its credentials are given (deployment/channels.md).</summary>
public sealed class BotChannelsTemplateTests
{
    private static readonly Lazy<Task<CompiledTemplate>> Template = CompiledTemplate.Main;

    [Fact]
    public async Task Every_messaging_channel_of_the_profiles_is_in_the_template_and_only_on_when_configured()
    {
        var channels = (await Template.Value).OfType("Microsoft.BotService/botServices/channels")
            .ToDictionary(c => (string)c["properties"]!["channelName"]!, c => c);

        Assert.Equal(
            ["DirectLineChannel", "FacebookChannel", "LineChannel", "MsTeamsChannel", "SlackChannel", "TelegramChannel"],
            channels.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, channel) in channels.Where(c => c.Key != "DirectLineChannel"))
        {
            Assert.True(channel["condition"] is not null, name + " is deployed unconditionally");
        }

        Assert.Contains("enableTeams", channels["MsTeamsChannel"]["condition"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("slackClientId", channels["SlackChannel"]["condition"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.False((bool)channels["MsTeamsChannel"]["properties"]!["properties"]!["enableCalling"]!);
        Assert.Contains("slackSigningSecret", channels["SlackChannel"]["properties"]!["properties"]!["signingSecret"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
