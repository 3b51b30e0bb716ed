using System.Reflection;
using System.Text.Json;

namespace ReportBot.Resources;

/// <summary>Reads the JSON files embedded in an assembly under one logical folder.</summary>
internal static class EmbeddedJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IEnumerable<(string File, JsonDocument Json)> Read(Assembly assembly, string folder)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"Embedded resource {name} could not be opened.");
            yield return (name, JsonDocument.Parse(stream, Options));
        }
    }
}
