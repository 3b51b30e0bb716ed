using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Options;
using ReportBot.Bot.Storage;
using ReportBot.Dialogs.Handoff;

using ReportBot.Bot.Handoff.Audit;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Bot.Handoff.Console;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Handoff;

/// <summary>Registers the counsellor handoff: queue, audit, encryption, survivor and counsellor sides, sign-in, SignalR.</summary>
public static class HandoffRegistration
{
    public static IServiceCollection AddReportBotHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HandoffOptions, HandoffOptionsValidator>(configuration, HandoffOptions.Section);
        services.AddValidatedOptions<CounsellorAuthOptions, CounsellorAuthOptionsValidator>(configuration, CounsellorAuthOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<HandoffOptions>>().Value);

        // The queue and the audit log live on the object store, like state and transcripts (Storage:*: the Blob
        // container, or the local data folder, where files of the earlier local layout are imported first).
        services.AddSingleton(sp => new LegacyHandoffFiles(
            sp.GetRequiredService<IObjectStore>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesBlob ? null : LocalRoot(sp),
            sp.GetRequiredService<ILogger<LegacyHandoffFiles>>()));
        services.AddSingleton<IHandoffQueue, StoredHandoffQueue>();
        services.AddSingleton<IAuditLog, StoredAuditLog>();
        // Without a configured key, the handoff and counsellor-token keys are derived from the key-encryption key, so
        // every instance that shares the KEK shares them too.
        services.AddSingleton(sp => new HandoffProtector(
            ConfiguredKey(sp.GetRequiredService<HandoffOptions>().EncryptionKey) ?? sp.GetRequiredService<KeyMaterial>().Derive("reportbot/handoff/v1")));
        services.AddSingleton(sp => new CounsellorAccounts(LocalRoot(sp)));

        services.AddSingleton<OpeningHours>();
        services.AddSingleton<HandoffNotifier>();
        services.AddSingleton<HandoffEvents>();
        services.AddSingleton<ProactiveDelivery>();
        services.AddSingleton<HandoffSealer>();
        services.AddSingleton<ClaimTimes>();
        services.AddSingleton<CounsellorDesk>();
        services.AddSingleton<ThreadDesk>();
        services.AddSingleton<CaseThreads>();
        services.AddSingleton<ICaseThreads>(sp => sp.GetRequiredService<CaseThreads>());
        services.AddSingleton<ReportBot.Dialogs.Reports.IDataEraser, HandoffDataEraser>();
        services.AddSingleton<IHandoffService, HandoffService>();
        services.AddSingleton<IHandoffRouter, HandoffRouter>();
        services.AddSingleton<HandoffWaitNotices>();
        services.AddHostedService(sp => sp.GetRequiredService<HandoffWaitNotices>());
        // Counsellor messages leave through the adapter the survivor came in on: each channel registers its own
        // IProactiveChannel (see Bot/Channels).

        var signalR = services.AddSignalR();
        if (configuration["Azure:SignalR:ConnectionString"] is { Length: > 0 } signalRConnection)
        {
            signalR.AddAzureSignalR(signalRConnection);
        }

        var auth = configuration.GetSection(CounsellorAuthOptions.Section).Get<CounsellorAuthOptions>() ?? new CounsellorAuthOptions();
        services.AddSingleton(sp => new CounsellorSigningKey(new Lazy<byte[]>(() =>
            ConfiguredKey(auth.SigningKey) ?? sp.GetRequiredService<KeyMaterial>().Derive("reportbot/counsellor-tokens/v1"))));
        services.AddCounsellorAuthentication(auth);
        services.AddCounsellorSignInLimits(auth);
        return services;
    }

    /// <summary>
    /// The console's own security headers and its files (the page, the SignalR client). In the HTTP pipeline before
    /// the rate limiter and authentication (see <see cref="ReportBotApp"/>).
    /// </summary>
    public static WebApplication UseCounsellorConsole(this WebApplication app)
    {
        app.UseMiddleware<ConsoleSecurityHeaders>();
        CounsellorConsoleFiles.Use(app);
        return app;
    }

    /// <summary>The counsellor API, its SignalR hub and the replies-on-the-case-code API.</summary>
    public static WebApplication MapCounsellorConsole(this WebApplication app)
    {
        app.MapCounsellorApi();
        app.MapThreadApi();
        return app;
    }

    private static byte[]? ConfiguredKey(string? base64) =>
        string.IsNullOrWhiteSpace(base64) ? null : Convert.FromBase64String(base64.Trim());

    private static string LocalRoot(IServiceProvider services) =>
        Path.GetFullPath(services.GetRequiredService<IOptions<StorageOptions>>().Value.LocalPath);
}
