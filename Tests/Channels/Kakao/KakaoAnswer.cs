using System.Globalization;
using System.Text.Json.Nodes;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>A skill response, parsed and checked against Kakao's format and the adapter's limits as it is read.</summary>
public sealed record KakaoAnswer(JsonObject Json, IReadOnlyList<string> Texts, IReadOnlyList<KakaoQuickReplyView> QuickReplies)
{
    // The limits the adapter promises (KakaoOptions defaults; see their sources there).
    public const int MaxOutputs = 3;
    public const int MaxTextChars = 1000;
    public const int MaxQuickReplies = 10;
    public const int MaxLabelChars = 14;

    public bool UseCallback => Json["useCallback"]?.GetValue<bool>() == true;

    public string AllText => string.Join("\n\n", Texts);

    public static KakaoAnswer Parse(string body)
    {
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("2.0", json["version"]!.GetValue<string>());
        if (json["useCallback"]?.GetValue<bool>() == true)
        {
            Assert.Null(json["template"]);
            return new KakaoAnswer(json, [], []);
        }

        var template = json["template"]!.AsObject();
        var outputs = template["outputs"]!.AsArray();
        Assert.InRange(outputs.Count, 1, MaxOutputs);
        var texts = new List<string>();
        foreach (var output in outputs)
        {
            var component = output!.AsObject();
            Assert.Single(component);
            var text = component["simpleText"]!["text"]!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(text), "An output is empty");
            Assert.True(text.Length <= MaxTextChars, $"An output has {text.Length} characters");
            AssertWellFormed(text);
            texts.Add(text);
        }

        var quickReplies = new List<KakaoQuickReplyView>();
        if (template["quickReplies"] is JsonArray replies)
        {
            Assert.InRange(replies.Count, 1, MaxQuickReplies);
            foreach (var reply in replies)
            {
                var label = reply!["label"]!.GetValue<string>();
                Assert.InRange(new StringInfo(label).LengthInTextElements, 1, MaxLabelChars);
                var view = new KakaoQuickReplyView(label, reply["action"]!.GetValue<string>(), reply["messageText"]!.GetValue<string>(), reply["extra"] as JsonObject);
                Assert.Equal("message", view.Action);
                Assert.False(string.IsNullOrWhiteSpace(view.MessageText));
                quickReplies.Add(view);
            }
        }

        return new KakaoAnswer(json, texts, quickReplies);
    }

    /// <summary>No lone surrogate (a cut emoji) anywhere in a text.</summary>
    public static void AssertWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), "A surrogate pair was cut");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), "A surrogate pair was cut");
            }
        }
    }
}
