using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReportBot.Tests.Deployment;

/// <summary>
/// deployment/main.bicep compiled to an ARM template by the real Bicep CLI (the NuGet package the CI uses), with
/// every resource of every module flattened into one list, so tests can check what Azure would be asked to create.
/// </summary>
public sealed partial class CompiledTemplate
{
    public const string BicepVersion = "0.49.2";

    private CompiledTemplate(JsonObject root, IReadOnlyList<JsonObject> resources)
    {
        Root = root;
        Resources = resources;
    }

    /// <summary>deployment/main.bicep, compiled once for every test class that reads it.</summary>
    public static Lazy<Task<CompiledTemplate>> Main { get; } = new(BuildAsync);

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    /// <summary>
    /// The Web App's settings by name; each value is the ARM expression that produces it
    /// (without brackets), e.g. <c>string(parameters('retentionDays'))</c>. Settings made by a
    /// Bicep for-expression (one per list item) appear once, with index 0 in place of the loop index.
    /// </summary>
    public Dictionary<string, string> AppSettings()
    {
        // main.bicep builds the list from module outputs, so Bicep compiles it into one expression passed to the app
        // module: "[concat(createArray(createObject('name', 'X', 'value', ...), ...), variables('loop'), if(..., ...))]".
        var app = OfType("Microsoft.Resources/deployments").Single(d => (string?)d["name"] == "app");
        var expression = (string)app["properties"]!["parameters"]!["appSettings"]!["value"]!;
        const string marker = "createObject('name', '";
        const string valueMarker = "', 'value', ";
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var at = expression.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = expression.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var nameStart = at + marker.Length;
            var nameEnd = expression.IndexOf(valueMarker, nameStart, StringComparison.Ordinal);
            var valueStart = nameEnd + valueMarker.Length;
            settings[expression[nameStart..nameEnd]] = expression[valueStart..ClosingParenthesis(expression, at + "createObject".Length)];
        }

        // A for-expression variable compiles to a "copy" entry whose input names each item with format('...{0}', copyIndex()).
        foreach (var loop in (Root["variables"]?["copy"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var loopName = (string)loop["name"]!;
            if (!expression.Contains($"variables('{loopName}')", StringComparison.Ordinal))
            {
                continue;
            }

            var itemName = LoopItemName().Match((string?)loop["input"]?["name"] ?? string.Empty);
            Assert.True(itemName.Success, $"App setting loop {loopName} must name its items with format('...{{0}}', copyIndex()).");
            var value = (string?)loop["input"]?["value"] ?? string.Empty;
            settings[itemName.Groups["name"].Value.Replace("{0}", "0", StringComparison.Ordinal)] =
                value.StartsWith('[') && value.EndsWith(']') ? value[1..^1] : value;
        }

        Assert.NotEmpty(settings);
        return settings;
    }

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

    /// <summary>Index of the ')' that closes the '(' at <paramref name="open"/>, skipping quoted ARM strings.</summary>
    private static int ClosingParenthesis(string expression, int open)
    {
        var depth = 0;
        var quoted = false;
        for (var i = open; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\'')
            {
                quoted = !quoted; // '' inside a string toggles twice: still quoted.
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')' && --depth == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Unbalanced parentheses in the app settings expression.");
    }

    [GeneratedRegex(@"^\[format\('(?<name>[^']*\{0\}[^']*)', copyIndex\('[^']+'\)\)\]$")]
    private static partial Regex LoopItemName();

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
