using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ReportBot.Tests.Deployment;

/// <summary>
/// deployment/main.bicep compiled to an ARM template by the real Bicep CLI (the NuGet package the CI uses), with
/// every resource of every module flattened into one list, so tests can check what Azure would be asked to create.
/// </summary>
public sealed class CompiledTemplate
{
    public const string BicepVersion = "0.49.2";

    private CompiledTemplate(JsonObject root, IReadOnlyList<JsonObject> resources)
    {
        Root = root;
        Resources = resources;
    }

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    public static async Task<CompiledTemplate> BuildAsync()
    {
        var bicep = await FindBicepAsync();
        var json = await RunAsync(bicep, ["build", Path.Combine(RepositoryRoot, "deployment", "main.bicep"), "--stdout"]);
        var root = JsonNode.Parse(json)!.AsObject();
        var resources = new List<JsonObject>();
        Collect(root, resources);
        return new CompiledTemplate(root, resources);
    }

    private static void Collect(JsonObject template, List<JsonObject> into)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            into.Add(resource);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                Collect(nested, into);
            }
        }
    }

    private static async Task<string> FindBicepAsync()
    {
        var packages = (await RunAsync("dotnet", ["nuget", "locals", "global-packages", "--list"]))
            .Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("global-packages:", StringComparison.Ordinal))["global-packages:".Length..].Trim();
        var bicep = Path.Combine(packages, "azure.bicep.commandline.linux-x64", BicepVersion, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            // The same restore deployment/check-bicep.sh does.
            await RunAsync("dotnet", ["restore", Path.Combine(RepositoryRoot, "deployment", "tools", "bicep.csproj"), "--verbosity", "quiet"]);
        }

        Assert.True(File.Exists(bicep), $"Bicep CLI not found at {bicep}");
        return bicep;
    }

    private static async Task<string> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed: {await error}");
        return await output;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportBot.sln not found above " + AppContext.BaseDirectory);
    }
}
