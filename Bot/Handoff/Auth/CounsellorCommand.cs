namespace ReportBot.Bot.Handoff.Auth;

/// <summary>
/// <c>dotnet run --project Bot -- counsellor add NAME</c>: creates (or resets) a local counsellor account. The password
/// is read from standard input (one line), so it never appears in the shell history or the process list.
/// <c>counsellor remove NAME</c> deletes it; either way the tokens it already holds stop working.
/// </summary>
public static class CounsellorCommand
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "counsellor";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args is not ["counsellor", "add" or "remove", var name, ..])
        {
            await error.WriteLineAsync("Usage: dotnet run --project Bot -- counsellor add NAME   (the password is read from standard input)");
            await error.WriteLineAsync("       dotnet run --project Bot -- counsellor remove NAME");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args[3..])
            .Build();
        var root = Path.GetFullPath(configuration["Storage:LocalPath"] is { Length: > 0 } path ? path : new ReportBot.Bot.Storage.StorageOptions().LocalPath);
        if (args[1] == "remove")
        {
            var removed = await new CounsellorAccounts(root).RemoveAsync(name, CancellationToken.None);
            await (removed ? output : error).WriteLineAsync(removed ? $"Counsellor '{name}' was removed; their sign-ins end now." : $"There is no counsellor '{name}'.");
            return removed ? 0 : 1;
        }

        if (!System.Console.IsInputRedirected)
        {
            await output.WriteAsync($"Password for {name} (at least {CounsellorAccounts.MinPasswordLength} characters): ");
        }

        var password = (await input.ReadLineAsync())?.TrimEnd('\r') ?? string.Empty;
        try
        {
            await new CounsellorAccounts(root).AddAsync(name, password, DateTimeOffset.UtcNow, CancellationToken.None);
        }
        catch (ArgumentException invalid)
        {
            await error.WriteLineAsync(invalid.Message);
            return 2;
        }

        await output.WriteLineAsync($"Counsellor '{name}' can now sign in at /counsellor (accounts in {Path.Combine(root, "counsellors.json")}).");
        return 0;
    }
}
