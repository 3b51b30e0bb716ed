using System.Collections.Frozen;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// English words as the recogniser compares them: contractions spelled out ("don't" → "do not", also typed without the
/// apostrophe), then a light stem so that "ending", "ended" and "ends" all read "end".
/// </summary>
public static class EnglishWords
{
    private static readonly FrozenDictionary<string, string[]> Contractions = new Dictionary<string, string[]>
    {
        ["dont"] = ["do", "not"], ["doesnt"] = ["does", "not"], ["didnt"] = ["did", "not"], ["cant"] = ["can", "not"],
        ["cannot"] = ["can", "not"], ["wont"] = ["will", "not"], ["isnt"] = ["is", "not"], ["arent"] = ["are", "not"],
        ["wasnt"] = ["was", "not"], ["werent"] = ["were", "not"], ["shouldnt"] = ["should", "not"],
        ["wouldnt"] = ["would", "not"], ["couldnt"] = ["could", "not"], ["havent"] = ["have", "not"],
        ["hasnt"] = ["has", "not"], ["im"] = ["i", "am"], ["ive"] = ["i", "have"], ["youre"] = ["you", "are"],
        ["theyre"] = ["they", "are"], ["id"] = ["i", "would"], ["ill"] = ["i", "will"], ["itll"] = ["it", "will"],
        ["thats"] = ["that", "is"], ["whats"] = ["what", "is"], ["hes"] = ["he", "is"], ["shes"] = ["she", "is"],
        ["wanna"] = ["want", "to"], ["gonna"] = ["going", "to"], ["gotta"] = ["got", "to"], ["lemme"] = ["let", "me"],
        ["idk"] = ["i", "do", "not", "know"], ["dunno"] = ["do", "not", "know"], ["pls"] = ["please"], ["plz"] = ["please"], ["u"] = ["you"], ["ur"] = ["your"],

        // Texting spellings (the fourteenth blind batches): read as the words they stand for.
        ["r"] = ["are"], ["wat"] = ["what"], ["wut"] = ["what"], ["sm1"] = ["someone"], ["some1"] = ["someone"], ["smone"] = ["someone"],
        ["smth"] = ["something"], ["sth"] = ["something"], ["l8r"] = ["later"], ["ltr"] = ["later"], ["tmrw"] = ["tomorrow"],
        ["tmr"] = ["tomorrow"], ["2moro"] = ["tomorrow"], ["tonite"] = ["tonight"], ["2nite"] = ["tonight"], ["ppl"] = ["people"],
        ["bc"] = ["because"], ["cuz"] = ["because"], ["coz"] = ["because"], ["abt"] = ["about"], ["w"] = ["with"], ["rly"] = ["really"],
        ["mngr"] = ["manager"], ["mgr"] = ["manager"], ["msg"] = ["message"], ["msgs"] = ["message"], ["bangin"] = ["banging"],
        ["knockin"] = ["knocking"], ["theres"] = ["there", "is"], ["followin"] = ["following"], ["comin"] = ["coming"], ["tryin"] = ["trying"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["dying"] = "die", ["died"] = "die", ["dead"] = "dead", ["gone"] = "go", ["went"] = "go", ["going"] = "go",
        ["told"] = "tell", ["said"] = "say", ["says"] = "say", ["wrote"] = "write", ["written"] = "write",
        ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give", ["left"] = "leave",
        ["lying"] = "lie", ["felt"] = "feel", ["thought"] = "think", ["ago"] = "ago", ["this"] = "this", ["his"] = "his",
        ["was"] = "was", ["has"] = "has", ["is"] = "is", ["us"] = "us", ["yes"] = "yes", ["bus"] = "bus", ["pills"] = "pill",
        ["everything"] = "everything", ["nothing"] = "nothing", ["something"] = "something", ["anything"] = "anything",
        ["morning"] = "morning", ["evening"] = "evening", ["during"] = "during", ["spring"] = "spring", ["thing"] = "thing",
        ["things"] = "thing", ["bring"] = "bring", ["sing"] = "sing", ["king"] = "king", ["ring"] = "ring",
        ["counselling"] = "counsel", ["counseling"] = "counsel", ["counsellor"] = "counsellor", ["counselor"] = "counsellor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words after which a noun's "'s" is "is", not a possessive ("someone's coming", "my mom's here", "the guy's outside";
    /// but "jason's place", "my friend's party").
    /// </summary>
    private static readonly FrozenSet<string> AfterIs = new[]
    {
        "coming", "here", "back", "gone", "going", "outside", "downstairs", "upstairs", "not", "been", "just", "still",
        "already", "asleep", "awake", "at", "always", "really", "so", "gonna", "literally", "right", "finally", "there",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Splits lower-case text into stemmed words; apostrophes are dropped, other punctuation separates.</summary>
    public static List<string> Stems(string lower)
    {
        var words = new List<string>();
        var buffer = new System.Text.StringBuilder();
        // The word before a noun's "'s" ("someone" of "someone's"), where its stem stands, and the next word's first letter.
        string? apostropheS = null;
        string? pendingBase = null;
        var pendingAt = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var c = i < lower.Length ? lower[i] : ' ';
            if (c is '\'' or '\u2019')
            {
                // A noun's "'s" at the end of a word: "is" when the next word says so (see AfterIs).
                if (buffer.Length > 0 && i + 1 < lower.Length && lower[i + 1] == 's' && (i + 2 >= lower.Length || !char.IsAsciiLetterOrDigit(lower[i + 2])))
                {
                    apostropheS = buffer.ToString();
                }

                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                buffer.Append(c);
                continue;
            }

            if (buffer.Length > 0)
            {
                var word = buffer.ToString();
                if (pendingBase is not null && AfterIs.Contains(word))
                {
                    words[pendingAt] = Stem(pendingBase);
                    words.Insert(pendingAt + 1, "is");
                }

                pendingBase = null;
                if (apostropheS is not null && word == apostropheS + "s" && !Contractions.ContainsKey(word))
                {
                    pendingBase = apostropheS;
                    pendingAt = words.Count;
                }

                apostropheS = null;
                Add(words, word);
                buffer.Clear();
            }
        }

        return words;
    }

    /// <summary>The stem of one lower-case word.</summary>
    public static string Stem(string word)
    {
        return Regular(Irregular.TryGetValue(word, out var irregular) ? irregular : word);
    }

    private static string Regular(string word)
    {
        if (Irregular.ContainsKey(word) && Irregular[word] == word)
        {
            return word;
        }

        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) || stem.EndsWith("ied", StringComparison.Ordinal))
        {
            return stem[..^3] + "y";
        }

        if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length > 5)
        {
            stem = Undouble(stem[..^3]);
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = Undouble(stem[..^2]);
        }
        else if (stem.EndsWith("es", StringComparison.Ordinal) && stem.Length > 4 && (stem[^3] is 's' or 'x' || stem.EndsWith("ches", StringComparison.Ordinal) || stem.EndsWith("shes", StringComparison.Ordinal)))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && !stem.EndsWith("us", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'e' or 'o') ? stem[..^1] : stem;

    private static void Add(List<string> words, string word)
    {
        word = Unrepeat(word);
        if (Contractions.TryGetValue(word, out var spelled))
        {
            foreach (var part in spelled)
            {
                words.Add(Stem(part));
            }

            return;
        }

        words.Add(Stem(word));
    }

    /// <summary>
    /// A letter held down for emphasis ("dieee", "pleaseee", "nooo", "downnn"): a run of three or more of one letter is one
    /// letter. No English word has three of a letter in a row.
    /// </summary>
    private static string Unrepeat(string word)
    {
        var run = false;
        for (var i = 2; i < word.Length && !run; i++)
        {
            run = word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsAsciiLetter(word[i]);
        }

        if (!run)
        {
            return word;
        }

        // Run by run: a letter three or more times is kept once; anything shorter (a double letter, "good") as it is.
        var builder = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var end = i + 1;
            while (end < word.Length && word[end] == word[i])
            {
                end++;
            }

            builder.Append(word[i], end - i >= 3 && char.IsAsciiLetter(word[i]) ? 1 : end - i);
            i = end;
        }

        return builder.ToString();
    }
}
