using System.Text.Json;

namespace ReportBot.Resources.Recognition;

/// <summary>
/// How concepts combine into intents and crisis tiers, read from Resources/Phrases/Rules/recognition.json. The words
/// of each concept are ordinary phrase lists in Resources/Phrases.
/// </summary>
public sealed record RecognitionRules
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Concept lists that explain any message (politeness, pronouns, verb endings).</summary>
    public required string[] Fillers { get; init; }

    /// <summary>Korean particles: they explain a syllable only right after something already explained.</summary>
    public required string Particles { get; init; }

    /// <summary>Words that turn a command around ("don't").</summary>
    public required string Negation { get; init; }

    /// <summary>Korean short negation written straight before the verb.</summary>
    public required string NegationPrefix { get; init; }

    /// <summary>Words that make a command someone else's words ("he told me to").</summary>
    public required string ReportedSpeech { get; init; }

    public required IntentRule[] Intents { get; init; }

    public required CrisisRules Crisis { get; init; }

    public static RecognitionRules Load()
    {
        var (file, json) = EmbeddedJson.Read(typeof(RecognitionRules).Assembly, "rules/").Single();
        using (json)
        {
            return json.Deserialize<RecognitionRules>(Json) ?? throw new InvalidDataException($"{file} is empty.");
        }
    }
}
