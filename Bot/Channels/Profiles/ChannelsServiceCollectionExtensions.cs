using ReportBot.Bot.Handoff.Relay;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>Registers the Azure Bot Service channel profiles: the renderer, start events and privacy notes, late messages.</summary>
public static class ChannelsServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotChannels(this IServiceCollection services)
    {
        services.AddSingleton<ChannelProfileCatalog>();
        services.AddSingleton<NumberedChoiceMemory>();
        services.AddSingleton<ChannelRenderer>();
        services.AddSingleton<RecentStarts>();
        services.AddSingleton<HeldMessageStore>();
        services.AddSingleton<IDataEraser>(sp => sp.GetRequiredService<HeldMessageStore>());
        services.AddSingleton<ILateMessagePolicy, ProactiveWindowPolicy>();
        // After the pseudonymous-id and transcript middleware, so they see the activity as the channel sent it.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, HeldMessagesMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, NumberedReplyMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ChannelStartMiddleware>();
        return services;
    }
}
