using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Adapters;
using ReportBot.Bot.Channels.DirectLine;
using ReportBot.Bot.Channels.Kakao;
using ReportBot.Bot.Channels.Profiles;
using ReportBot.Bot.Handoff;
using ReportBot.Bot.Health;
using ReportBot.Bot.Options;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Records;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Storage.State;
using ReportBot.Bot.Storage.Transcripts;
using ReportBot.Bot.Telemetry;
using ReportBot.Dialogs;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot;

/// <summary>
/// The bot host's composition root: every service of the bot, read top to bottom. A feature registers itself in its own
/// <c>XxxRegistration</c> file (<c>AddReportBotXxx</c>, and <c>MapXxx</c> for its endpoints); the one list where order
/// matters, the turn middleware, is here. The HTTP pipeline (<c>Use*</c> then <c>Map*</c>) is in <see cref="ReportBotApp"/>.
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddReportBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        // Options the whole bot reads (each feature binds its own below).
        services.AddValidatedOptions<ConversationOptions, ConversationOptionsValidator>(configuration, ConversationOptions.Section);
        services.AddValidatedOptions<BotAuthenticationOptions, BotAuthenticationOptionsValidator>(configuration, section: string.Empty);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ConversationOptions>>().Value);
        services.AddValidatedOptions<CasesOptions, CasesOptionsValidator>(configuration, CasesOptions.Section);
        services.AddReportBotForwardedHeaders(configuration);

        // Storage and privacy: encrypted state, pseudonymous ids, redacted transcripts, erasure, retention.
        services.AddReportBotStorage(configuration);
        // Conversation state read once and written once per turn (no Bot Builder change hashing; same stored format).
        services.AddSingleton<ConversationState, SnapshotConversationState>();

        // Dialogs: the legal content they show, then the engine, the conversations and the interruptions.
        services.AddReportBotLegalContent(configuration);
        services.AddReportBotDialogs();

        // The turn: the bot, its error handler and the middleware every channel's adapter runs.
        services.AddSingleton<TurnErrorHandler>();
        services.AddReportBotTurnMiddleware();
        services.AddSingleton<Channels.Redelivery.RedeliveryGuard>();
        services.AddSingleton<Channels.Redelivery.RedeliveryReplyKeys>();
        services.AddHostedService<Channels.Redelivery.RedeliveryKeySweeper>();
        services.AddTransient<IBot, ReportBotActivityHandler>();

        // Channels: each registers its adapter, proactive delivery and metric tags (and has a MapXxx in ReportBotApp).
        services.AddReportBotAzureChannels(configuration);
        services.AddReportBotKakaoChannel(configuration);
        services.AddReportBotDirectLineChannel(configuration);

        // Counsellor handoff, signed records and evidence, telemetry.
        services.AddReportBotHandoff(configuration);
        services.AddReportBotRecords(configuration);
        services.AddReportBotTelemetry(configuration);

        services.AddHealthChecks();
        return services;
    }

    /// <summary>
    /// The middleware of every turn on every channel, outermost first. Adapters run every registered
    /// <see cref="Microsoft.Bot.Builder.IMiddleware"/> in registration order, so this list is the order.
    /// </summary>
    private static IServiceCollection AddReportBotTurnMiddleware(this IServiceCollection services)
    {
        // Times and counts the whole turn, the rest of this list included.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnMetricsMiddleware>();
        // Ids are pseudonymous before the transcript, or anything after it, sees the activity.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, PseudonymousIdMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TranscriptMiddleware>();
        // After the pseudonymous-id and transcript middleware, so they see the activity as the channel sent it.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, HeldMessagesMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, NumberedReplyMiddleware>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ChannelStartMiddleware>();
        return services;
    }
}
