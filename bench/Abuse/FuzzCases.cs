using System.Text.Json.Nodes;

namespace ReportBot.Benchmarks.Abuse;

/// <summary>
/// Generated and mutated requests for every public route: valid shapes with fields removed, retyped or made huge,
/// bodies that are not JSON or not objects, bad and forged tokens, replayed ids. Seeded, so a run can be repeated.
/// </summary>
internal sealed class FuzzCases(Random random, string directLineSecret)
{
    private static readonly JsonNode?[] OddValues =
    [
        null, 0, -1, long.MaxValue, 1e308, true, false, "", " ", "\u0000", "☃️💥", "<script>alert(1)</script>", "../../etc/passwd",
        new JsonArray(), new JsonObject(), new JsonArray(1, "two", null), "2001-01-01T00:00:00Z", "not-a-date", "%s%s%n",
    ];

    private readonly List<string> _seenIds = [];

    public string Pick(params string[] options) => options[random.Next(options.Length)];

    /// <summary>A body: most often a mutated valid one, sometimes broken JSON or something that is not an object.</summary>
    public string Body(JsonObject valid)
    {
        switch (random.Next(12))
        {
            case 0: return "{\"type\":\"message\",\"text\":";
            case 1: return "[1,2,3]";
            case 2: return string.Empty;
            case 3: return "null";
            case 4: return new string('[', 5000) + new string(']', 5000);
            case 5: return "\"just a string\"";
            default:
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    Mutate(valid);
                }

                return valid.ToJsonString();
        }
    }

    public JsonObject Activity(string conversationId)
    {
        var id = random.Next(4) == 0 && _seenIds.Count > 0 ? _seenIds[random.Next(_seenIds.Count)] : Guid.NewGuid().ToString("N");
        if (_seenIds.Count < 500)
        {
            _seenIds.Add(id);
        }

        return new JsonObject
        {
            ["type"] = Pick("message", "message", "event", "typing", "conversationUpdate", "invoke", "messageReaction", "bogus"),
            ["id"] = id,
            ["text"] = Text(),
            ["channelId"] = Pick("test", "emulator", "webchat", "msteams", ""),
            ["serviceUrl"] = Pick("http://127.0.0.1:9/unused", "http://169.254.169.254/latest", "not a url"),
            ["deliveryMode"] = Pick("expectReplies", "expectReplies", "expectReplies", "normal"),
            ["from"] = new JsonObject { ["id"] = "fuzz-" + random.Next(50), ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "reportbot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["name"] = Pick("handoff.status", "webchat/join", "x", string.Empty),
            ["value"] = new JsonObject { ["state"] = Pick("accepted", "completed", "failed", "typing") },
            ["channelData"] = new JsonObject { ["clientActivityID"] = id },
            ["locale"] = Pick("ko-KR", "en-US", "xx", new string('a', 300)),
        };
    }

    public JsonObject KakaoRequest()
    {
        return new JsonObject
        {
            ["intent"] = new JsonObject { ["id"] = "i", ["name"] = "fallback" },
            ["userRequest"] = new JsonObject
            {
                ["timezone"] = "Asia/Seoul",
                ["utterance"] = Text(),
                ["lang"] = Pick("ko", "en", null!),
                ["user"] = new JsonObject { ["id"] = "kakao-" + random.Next(30), ["type"] = "botUserKey", ["properties"] = new JsonObject() },
                ["callbackUrl"] = random.Next(5) == 0 ? Pick("http://127.0.0.1:1/cb", "https://169.254.169.254/x", "https://bot-api.kakao.com.evil.example/cb") : null,
            },
            ["bot"] = new JsonObject { ["id"] = "bot-1", ["name"] = "ReportBot" },
            ["action"] = new JsonObject { ["id"] = "a", ["name"] = "skill", ["params"] = new JsonObject(), ["detailParams"] = new JsonObject(), ["clientExtra"] = new JsonObject() },
        };
    }

    public string Token(string? valid) => random.Next(8) switch
    {
        0 => string.Empty,
        1 => "dl1.AAAA.BBBB",
        2 => directLineSecret + "x",
        3 => valid is null ? "x" : valid[..^2] + "zz",
        4 => valid is null ? "x" : valid.Replace('.', '_'),
        5 => new string('A', 5000),
        _ => valid ?? "none",
    };

    public string Watermark() => Pick("", "0", "-1", "abc", "99999999999999999999", "1.5", "3", "%00");

    public string Id() => Pick("0123456789abcdef0123456789abcdef", "../x", "%2e%2e", new string('f', 500), "null", Guid.NewGuid().ToString("N"));

    private string Text() => random.Next(10) switch
    {
        0 => new string('\uAC00', random.Next(7000, 120_000)),
        1 => string.Empty,
        2 => "delete my data",
        3 => LoadRunner.Script[random.Next(LoadRunner.Script.Length)],
        4 => "\u202Eevil\u0000",
        _ => LoadRunner.Script[random.Next(LoadRunner.Script.Length)],
    };

    private void Mutate(JsonNode node)
    {
        if (node is not JsonObject obj || obj.Count == 0)
        {
            return;
        }

        var key = obj.ElementAt(random.Next(obj.Count)).Key;
        switch (random.Next(4))
        {
            case 0:
                obj.Remove(key);
                break;
            case 1 when obj[key] is JsonObject child:
                Mutate(child);
                break;
            default:
                var odd = OddValues[random.Next(OddValues.Length)];
                obj[key] = odd?.DeepClone();
                break;
        }
    }
}
