using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ReportBot.Bot.Telemetry;

/// <summary>Registers product metrics and, when Application Insights is configured, the OpenTelemetry pipeline.</summary>
public static class TelemetryRegistration
{
    /// <summary>The service name telemetry is reported under (Application Insights' cloud role name).</summary>
    public const string ServiceName = "reportbot";

    /// <summary>
    /// Always: the <c>ReportBot</c> meter (cheap when nobody listens; its turn middleware is first in the composition
    /// root's middleware list). When <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> or <c>AzureMonitor:ConnectionString</c>
    /// is set: request and dependency spans, metrics and logs, each passing a scrubbing processor before the exporter.
    /// </summary>
    public static IServiceCollection AddReportBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.TryAddSingleton<IHandoffQueueLengthSource, UnknownHandoffQueueLength>();
        services.AddSingleton<ReportBotMetrics>();

        var settings = TelemetrySettings.From(configuration);
        services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return services;
        }

        services.TryAddSingleton<ITelemetryExporters, AzureMonitorTelemetryExporters>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // Health probes arrive every minute from the platform; they are not product traffic.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
                    options.RecordException = false;
                })
                .AddHttpClientInstrumentation(options => options.RecordException = false)
                .AddProcessor(new SpanScrubbingProcessor())
                .AddProcessor(sp => sp.GetRequiredService<ITelemetryExporters>().CreateSpanExportProcessor()))
            .WithMetrics(metrics => metrics
                .AddMeter(ReportBotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddView(MetricTagAllowList.View)
                .AddReader(sp => sp.GetRequiredService<ITelemetryExporters>().CreateMetricReader()))
            .WithLogging(
                logging => logging
                    .AddProcessor(new LogScrubbingProcessor())
                    .AddProcessor(sp => sp.GetRequiredService<ITelemetryExporters>().CreateLogExportProcessor()),
                options =>
                {
                    // The template travels, not the formatted text: values are attributes, which the scrubber sees.
                    options.IncludeFormattedMessage = false;
                    options.IncludeScopes = false;
                });

        // ReportBot's own log lines are written to be safe (SafeLog); other libraries' lines only from Warning up.
        services.AddLogging(logging => logging
            .AddFilter<OpenTelemetryLoggerProvider>(category: null, LogLevel.Warning)
            .AddFilter<OpenTelemetryLoggerProvider>("ReportBot", LogLevel.Information));
        return services;
    }

    /// <summary>Lets these channel ids be a metric dimension (a channel's registration calls this for its own ids).</summary>
    public static IServiceCollection AddMetricChannels(this IServiceCollection services, params string[] channelIds)
    {
        foreach (var channelId in channelIds)
        {
            services.AddSingleton(new MetricChannel(channelId));
        }

        return services;
    }
}
