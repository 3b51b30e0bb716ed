using System.Text;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// Splits an answer into clauses, so that a negation ("no photos, but I have the chats") only reaches its own clause:
/// at punctuation, at linking words ("but", a Korean "but"), around a condition that says "not" ("if i dont pay | hes
/// sending my nudes"; a Korean word ending in the conditional "-myeon"), and after a Korean word ending in a connective ending, unless the
/// word is a noun that merely ends the same way (kept as data).
/// </summary>
public sealed class AnswerClauses
{
    private const string Punctuation = ",.!?;\u2026\n\u00B7\u3002\uFF0C/";
    private readonly HashSet<string> _breaks;
    private readonly string[] _endings;
    private readonly HashSet<string> _exceptions;
    private readonly string[] _followers;
    private readonly HashSet<string> _conditions;
    private readonly HashSet<string> _subjects;
    private readonly HashSet<string> _negatorWords;
    private readonly string[] _conditionEndings;
    private readonly string[] _conditionNegations;

    public AnswerClauses(IPhraseCatalog phrases)
    {
        _breaks = [.. phrases.All(AnswerPhrases.ClauseBreaks).Select(RecognitionInput.Fold)];
        _endings = [.. phrases.Get(AnswerPhrases.ClauseEndings, Language.Korean).OrderByDescending(e => e.Length)];
        _exceptions = [.. phrases.All(AnswerPhrases.ClauseEndingExceptions)];
        _followers = [.. phrases.Get(AnswerPhrases.ClauseEndingFollowers, Language.Korean)];
        _conditions = [.. phrases.Get(AnswerPhrases.ConditionWords, Language.English)];
        _subjects = [.. phrases.Get(AnswerPhrases.ConditionSubjects, Language.English)];
        _negatorWords = [.. phrases.Get(AnswerPhrases.Negators, Language.English).Select(EnglishWords.Stem)];
        _conditionEndings = [.. phrases.Get(AnswerPhrases.ConditionWords, Language.Korean)];
        _conditionNegations = [.. phrases.Get(AnswerPhrases.ConditionNegations, Language.Korean)];
    }

    public List<string> Split(string text)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in RecognitionInput.Fold(text).Split(Punctuation.ToCharArray(), StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var conditionEnd = -1; // where a negative condition ("if i dont pay") being read ends: its main clause begins
            for (var t = 0; t < tokens.Length; t++)
            {
                if (t == conditionEnd)
                {
                    Flush(clauses, current);
                    conditionEnd = -1;
                }

                if (_breaks.Contains(tokens[t]))
                {
                    Flush(clauses, current);
                    continue;
                }

                if (_conditions.Contains(tokens[t]) && NegativeConditionEnd(tokens, t) is var end and > 0)
                {
                    Flush(clauses, current);
                    conditionEnd = end;
                    continue;
                }

                current.Append(tokens[t]).Append(' ');

                // The Korean "want to" and "is doing" forms (a connective followed by an auxiliary): one verb, not two clauses.
                var next = t + 1 < tokens.Length ? tokens[t + 1] : string.Empty;
                if ((EndsClause(tokens[t]) && !_followers.Any(f => next.StartsWith(f, StringComparison.Ordinal))) || EndsNegativeCondition(tokens, t))
                {
                    Flush(clauses, current);
                }
            }

            Flush(clauses, current);
        }

        return clauses;
    }

    /// <summary>
    /// Where the condition begun at <paramref name="at"/> ends (the next subject after its own, or the end of the piece),
    /// when it says "not" ("if i dont pay", "if he doesnt get"); -1 for any other condition, which stays in its clause
    /// as before ("my dad would kill him if he knew so i cant tell him": the "not" is the sentence's own).
    /// </summary>
    private int NegativeConditionEnd(string[] tokens, int at)
    {
        var end = tokens.Length;
        for (var j = at + 2; j < tokens.Length; j++)
        {
            if (_subjects.Contains(tokens[j]))
            {
                end = j;
                break;
            }
        }

        for (var j = at + 1; j < end; j++)
        {
            if (EnglishWords.Stems(tokens[j]).Any(_negatorWords.Contains))
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>
    /// A Korean word in the conditional whose condition says "not" ("an bonaemyeon", "manna juji anheumyeon",
    /// "eopseumyeon"; the "not" in the word or the word before it): the threat after it is a clause of its own.
    /// </summary>
    private bool EndsNegativeCondition(string[] tokens, int t)
    {
        var token = tokens[t];
        if (token.Length < 2 || !Hangul.IsHangul(token[^1]) || !_conditionEndings.Any(e => token.EndsWith(e, StringComparison.Ordinal))
            || _exceptions.Any(e => token.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }

        return _conditionNegations.Any(n => token.Contains(n, StringComparison.Ordinal) || (t > 0 && tokens[t - 1] == n));
    }

    private bool EndsClause(string token)
    {
        if (_exceptions.Contains(token) || !Hangul.IsHangul(token[^1]))
        {
            return false;
        }

        foreach (var ending in _endings)
        {
            if (token.Length > ending.Length && token.EndsWith(ending, StringComparison.Ordinal))
            {
                return !_exceptions.Any(e => token.EndsWith(e, StringComparison.Ordinal));
            }
        }

        return false;
    }

    private static void Flush(List<string> clauses, StringBuilder current)
    {
        if (current.Length > 0)
        {
            clauses.Add(current.ToString().TrimEnd());
            current.Clear();
        }
    }
}
