using Microsoft.Bot.Schema;

namespace ReportBot.Tests.Support;

/// <summary>A survivor's message as a channel posts it to <c>/api/messages</c> with <c>expectReplies</c>, with a fresh id.</summary>
public static class SurvivorMessage
{
    public static Activity ExpectingReplies(string conversationId, string text, string channelId = "test", string serviceUrl = "http://127.0.0.1/unused") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        DeliveryMode = DeliveryModes.ExpectReplies,
        From = new ChannelAccount("survivor-" + conversationId, role: RoleTypes.User),
        Recipient = new ChannelAccount("reportbot", role: RoleTypes.Bot),
        Conversation = new ConversationAccount(id: conversationId),
        Text = text,
    };
}
