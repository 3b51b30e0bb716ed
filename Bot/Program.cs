using Microsoft.Extensions.Options;
using ReportBot.Bot;
using ReportBot.Bot.Handoff.Auth;

// First, before anything is queued to the thread pool: the pool reads the setting when it starts its first worker.
ThreadPoolSpinning.Choose(Environment.ProcessorCount);

if (CounsellorCommand.IsCommand(args))
{
    return await CounsellorCommand.RunAsync(args, Console.In, Console.Out, Console.Error);
}

try
{
    var app = ReportBotApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A bad setting: say which, plainly, and stop.
    Console.Error.WriteLine("ReportBot cannot start because of its configuration:");
    foreach (var failure in invalid.Failures)
    {
        Console.Error.WriteLine("  - " + failure);
    }

    return 2;
}
catch (InvalidOperationException bindFailure) when (bindFailure.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
{
    Console.Error.WriteLine("ReportBot cannot start because of its configuration:");
    Console.Error.WriteLine("  - " + bindFailure.Message);
    return 2;
}
