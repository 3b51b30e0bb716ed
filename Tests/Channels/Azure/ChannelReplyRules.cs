using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Channels.Profiles;

namespace ReportBot.Tests.Channels.Azure;

/// <summary>What every reply a channel receives must obey, read from that channel's profile.</summary>
public static class ChannelReplyRules
{
    public static void AssertObeys(ChannelProfile profile, IEnumerable<Activity> replies)
    {
        foreach (var reply in replies)
        {
            Assert.NotEqual(ActivityTypes.Typing, profile.Typing ? null : reply.Type);
            if (reply.Type != ActivityTypes.Message)
            {
                continue;
            }

            var text = reply.Text ?? string.Empty;
            Assert.True(text.Length <= profile.MaxTextChars, $"{profile.ChannelId}: a reply of {text.Length} characters (limit {profile.MaxTextChars})");
            Assert.Equal(TextFormatTypes.Plain, reply.TextFormat);
            if (!profile.RendersMarkdown)
            {
                Assert.DoesNotContain("**", text, StringComparison.Ordinal);
                Assert.DoesNotContain("](", text, StringComparison.Ordinal);
            }

            var actions = reply.SuggestedActions?.Actions ?? [];
            Assert.True(actions.Count <= profile.MaxSuggestedActions, $"{profile.ChannelId}: {actions.Count} buttons (limit {profile.MaxSuggestedActions})");
            foreach (var action in actions)
            {
                Assert.True(new StringInfo(action.Title).LengthInTextElements <= profile.MaxActionLabelChars, $"{profile.ChannelId}: label '{action.Title}' is too long");
                if (profile.MaxActionValueBytes is { } maxBytes)
                {
                    Assert.True(Encoding.UTF8.GetByteCount((string)action.Value) <= maxBytes, $"{profile.ChannelId}: value '{action.Value}' is too large");
                }
            }
        }
    }
}
