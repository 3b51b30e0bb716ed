using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>How handoff documents are written to storage.</summary>
internal static class HandoffJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(ReadOnlySpan<byte> bytes) =>
        JsonSerializer.Deserialize<T>(bytes, Options) ?? throw new InvalidDataException("An empty handoff document.");

    /// <summary>A safe blob or file name for a counsellor id (which may hold characters a path cannot).</summary>
    public static string NameFor(string id) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..32].ToLowerInvariant();
}
