using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>Builds skill response bodies (SkillResponse <c>version: "2.0"</c>).</summary>
public static class KakaoSkillResponse
{
    public const string Version = "2.0";

    /// <summary>The <c>extra</c> key of the adapter's own quick replies, read back from <c>action.clientExtra</c>.</summary>
    public const string ExtraKey = "reportbot";

    /// <summary>Writes Hangul as is (a third of the bytes of \uXXXX escapes); HTML-sensitive characters stay escaped.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary><c>template.outputs</c> of <c>simpleText</c>s and <c>template.quickReplies</c>.</summary>
    public static JsonObject Template(KakaoReply reply)
    {
        var outputs = new JsonArray();
        foreach (var text in reply.Outputs)
        {
            outputs.Add(new JsonObject { ["simpleText"] = new JsonObject { ["text"] = text } });
        }

        var template = new JsonObject { ["outputs"] = outputs };
        if (reply.QuickReplies.Count > 0)
        {
            var quickReplies = new JsonArray();
            foreach (var quick in reply.QuickReplies)
            {
                var item = new JsonObject { ["label"] = quick.Label, ["action"] = "message", ["messageText"] = quick.MessageText };
                if (quick.ExtraCommand is not null)
                {
                    item["extra"] = new JsonObject { [ExtraKey] = quick.ExtraCommand };
                }

                quickReplies.Add(item);
            }

            template["quickReplies"] = quickReplies;
        }

        return new JsonObject { ["version"] = Version, ["template"] = template };
    }

    /// <summary>The answer that tells Kakao the real one comes by callback; <c>data.text</c> fills the waiting message.</summary>
    public static JsonObject UseCallback(string waitingText) => new()
    {
        ["version"] = Version,
        ["useCallback"] = true,
        ["data"] = new JsonObject { ["text"] = waitingText },
    };

    /// <summary>A refusal with a kind text for the survivor (when Kakao shows it) and a machine-readable code.</summary>
    public static JsonObject Error(string code, string kindText) => new()
    {
        ["version"] = Version,
        ["template"] = new JsonObject
        {
            ["outputs"] = new JsonArray(new JsonObject { ["simpleText"] = new JsonObject { ["text"] = kindText } }),
        },
        ["error"] = code,
    };
}
