using System.Text.Json;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Storage.Encryption;

/// <summary>
/// A value kept as one encrypted object in the shared store: JSON sealed with <see cref="HandoffProtector"/>, the
/// purpose and the object's name as associated data, so a sealed object moved under another name does not open.
/// </summary>
public static class SealedJson
{
    public static byte[] Seal<T>(HandoffProtector protector, T value, string purpose, string name) =>
        JsonSerializer.SerializeToUtf8Bytes(protector.Protect(JsonSerializer.Serialize(value), purpose + ":" + name));

    public static T? Open<T>(HandoffProtector protector, byte[] content, string purpose, string name) =>
        JsonSerializer.Deserialize<T>(protector.Unprotect(JsonSerializer.Deserialize<string>(content)!, purpose + ":" + name));
}
