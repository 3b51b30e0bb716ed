using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// Reads a skill request body. Returns null for anything that is not a well-formed skill request; the reason is
/// not reported, because a parser's message may quote the survivor's words.
/// </summary>
public static class KakaoSkillRequestReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public static KakaoSkillRequest? Read(ReadOnlyMemory<byte> body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body.Span, documentOptions: Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is not JsonObject payload || payload["userRequest"] is not JsonObject userRequest)
        {
            return null;
        }

        var user = userRequest["user"] as JsonObject;
        var userId = String(user?["id"]);
        var utterance = String(userRequest["utterance"]);
        if (string.IsNullOrWhiteSpace(userId) || utterance is null)
        {
            return null;
        }

        var action = payload["action"] as JsonObject;
        return new KakaoSkillRequest
        {
            Utterance = utterance,
            UserId = userId,
            UserType = String(user?["type"]),
            UserFlags = Flags(user?["properties"] as JsonObject),
            Lang = String(userRequest["lang"]),
            CallbackUrl = Uri.TryCreate(String(userRequest["callbackUrl"]), UriKind.Absolute, out var callback) ? callback : null,
            BotId = String((payload["bot"] as JsonObject)?["id"]),
            BlockId = String((userRequest["block"] as JsonObject)?["id"]),
            Params = Copy(action?["params"]),
            ClientExtra = Copy(action?["clientExtra"]),
        };
    }

    private static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject? Copy(JsonNode? node) =>
        node is JsonObject obj && obj.Count > 0 ? (JsonObject)obj.DeepClone() : null;

    // Keeps only true/false flags (isFriend and the like): the string properties are user keys, which must not
    // travel into the activity where transcripts or middleware could keep them.
    private static JsonObject? Flags(JsonObject? properties)
    {
        if (properties is null)
        {
            return null;
        }

        var flags = new JsonObject();
        foreach (var (name, value) in properties)
        {
            if (value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                flags[name] = v.GetValue<bool>();
            }
        }

        return flags.Count > 0 ? flags : null;
    }
}
