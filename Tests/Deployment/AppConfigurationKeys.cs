using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using ReportBot.Bot.Storage;
using ReportBot.Bot.Telemetry;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Deployment;

/// <summary>
/// Every configuration key the app reads, derived from its source and types rather than written down by hand: the
/// options classes registered with <c>AddValidatedOptions</c> (found in the source, bound to the section named at
/// the call), each public settable property a key, plus the keys read directly as <c>configuration["..."]</c>.
/// A renamed property, a new options class or a moved section changes this set without anyone editing a list.
/// </summary>
public sealed partial class AppConfigurationKeys
{
    private static readonly Assembly[] AppAssemblies =
        [typeof(StorageOptions).Assembly, typeof(CasesOptions).Assembly, typeof(LegalContentOptions).Assembly];

    private static readonly Lazy<IReadOnlyList<(Type Type, string Section)>> Registered = new(FindRegisteredOptions);

    private AppConfigurationKeys(IReadOnlyDictionary<string, ConfigurationKey> keys) => Keys = keys;

    /// <summary>Key (<c>Section:Property</c>, case-insensitive as configuration is) to what the app binds there.</summary>
    public IReadOnlyDictionary<string, ConfigurationKey> Keys { get; }

    public static AppConfigurationKeys Read()
    {
        var keys = new Dictionary<string, ConfigurationKey>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, section) in RegisteredOptions())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
            {
                var key = section.Length == 0 ? property.Name : $"{section}:{property.Name}";
                keys[key] = new ConfigurationKey(key, type, property, IsList(property.PropertyType));
            }
        }

        foreach (var key in DirectlyReadKeys())
        {
            keys.TryAdd(key, new ConfigurationKey(key, null, null, IsList: false));
        }

        return new AppConfigurationKeys(keys);
    }

    /// <summary>The configuration key that an options property is bound to, e.g. <c>Cases:CodePepper</c>.</summary>
    public static string KeyOf<TOptions>(string propertyName)
    {
        var (_, section) = Assert.Single(RegisteredOptions(), o => o.Type == typeof(TOptions));
        Assert.NotNull(typeof(TOptions).GetProperty(propertyName));
        return section.Length == 0 ? propertyName : $"{section}:{propertyName}";
    }

    /// <summary>Options types and their sections, from every <c>AddValidatedOptions&lt;T, V&gt;(configuration, section)</c> call.</summary>
    public static IReadOnlyList<(Type Type, string Section)> RegisteredOptions() => Registered.Value;

    private static IReadOnlyList<(Type Type, string Section)> FindRegisteredOptions()
    {
        var found = new List<(Type, string)>();
        foreach (var file in SourceFiles())
        {
            foreach (Match call in Registration().Matches(File.ReadAllText(file)))
            {
                var type = FindType(call.Groups["type"].Value);
                var sectionExpression = call.Groups["section"].Value.Trim();
                var section = sectionExpression switch
                {
                    "string.Empty" or "\"\"" => string.Empty,
                    _ when sectionExpression.StartsWith('"') => sectionExpression.Trim('"'),
                    _ when sectionExpression == $"{type.Name}.Section" => (string)type.GetField("Section")!.GetRawConstantValue()!,
                    _ => throw new InvalidOperationException($"{Path.GetFileName(file)}: cannot read the section '{sectionExpression}' of {type.Name}; extend AppConfigurationKeys."),
                };
                found.Add((type, section));
            }
        }

        Assert.NotEmpty(found);
        return found.Distinct().ToList();
    }

    private static IEnumerable<string> DirectlyReadKeys()
    {
        foreach (var file in SourceFiles())
        {
            foreach (Match read in DirectRead().Matches(File.ReadAllText(file)))
            {
                yield return read.Groups["key"].Value;
            }
        }

        // TelemetrySettings reads configuration[Constant]: the constants are the keys.
        foreach (var field in typeof(TelemetrySettings).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            yield return (string)field.GetRawConstantValue()!;
        }

        // Read by ASP.NET Core's host itself, not by ReportBot's code.
        yield return "ASPNETCORE_URLS";
    }

    private static IEnumerable<string> SourceFiles() =>
        new[] { "Bot", "Dialogs", "Resources" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(CompiledTemplate.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static Type FindType(string name)
    {
        var matches = AppAssemblies.Distinct().SelectMany(a => a.GetTypes()).Where(t => t.Name == name).ToList();
        Assert.True(matches.Count == 1, $"Options type {name} not found exactly once in the app's assemblies.");
        return matches[0];
    }

    private static bool IsList(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type);

    [GeneratedRegex(@"AddValidatedOptions<\s*(?<type>\w+)\s*,\s*\w+\s*>\(\s*\w+\s*,\s*(?:section:\s*)?(?<section>[^)]+)\)")]
    private static partial Regex Registration();

    [GeneratedRegex("""configuration\["(?<key>[^"]+)"\]""")]
    private static partial Regex DirectRead();
}
