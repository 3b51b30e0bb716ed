using ReportBot.Bot.Evidence;
using ReportBot.Bot.Options;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Records;

/// <summary>Registers signed records, their keys, one-time links, the evidence log and their pages.</summary>
public static class RecordsRegistration
{
    public static IServiceCollection AddReportBotRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RecordsOptions, RecordsOptionsValidator>(configuration, RecordsOptions.Section);
        services.AddSingleton<RecordKeyRing>();
        services.AddSingleton<RecordSigner>();
        services.AddSingleton<CaseRecordBuilder>();
        services.AddSingleton<CaseRecords>();
        services.AddSingleton<CodeLookupThrottle>();
        services.AddHttpContextAccessor();
        services.AddSingleton<RecordLinks>();
        services.AddSingleton<IRecordLinks>(sp => sp.GetRequiredService<RecordLinks>());
        services.AddSingleton<IDataEraser, RecordsDataEraser>();
        services.AddSingleton<RecordsPages>();
        services.AddSingleton<CaseEvidence>();
        services.AddSingleton<TakedownRequests>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecordsAndEvidence(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReportBotRecords();
        RecordsPages.MapReportBotRecordPages(endpoints);
        endpoints.MapReportBotEvidence();
        return endpoints;
    }
}
