using System.Text;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// Splits an answer into clauses, so that a negation ("no photos, but I have the chats") only reaches its own clause:
/// at punctuation, at linking words ("but", a Korean "but"), and after a Korean word ending in a connective ending, unless the
/// word is a noun that merely ends the same way (kept as data). A condition that says "not" ("if i dont pay", a Korean
/// "an bonaemyeon") is left out of its clause, so that its "not" does not cancel the threat it is the condition of. A
/// Korean yes or no that opens a longer answer is a clause of its own ("aniyo | chinguhanteneun malhaesseoyo"), and so is
/// the one exception to a "no one" or "nothing", without its ending ("chingu | amudo mollayo").
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
    private readonly string[] _wishFollowers;
    private readonly HashSet<string> _leadingAnswers;
    private readonly string[] _exceptionEnds;
    private readonly string[] _exceptionNegatives;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPhraseCatalog, AnswerClauses> Cache = new();

    /// <summary>The splitter of a catalog, built once: its lists are folded and stemmed when it is made.</summary>
    public static AnswerClauses For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new AnswerClauses(p));

    private AnswerClauses(IPhraseCatalog phrases)
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
        _wishFollowers = [.. phrases.Get(AnswerPhrases.ConditionWishFollowers, Language.Korean)];
        _leadingAnswers = [.. phrases.Get(AnswerPhrases.LeadingAnswers, Language.Korean)];
        _exceptionEnds = [.. phrases.Get(AnswerPhrases.ExceptionEnds, Language.Korean).OrderByDescending(e => e.Length)];
        _exceptionNegatives = [.. phrases.Get(AnswerPhrases.ExceptionNegatives, Language.Korean)];
    }

    public List<string> Split(string text)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        var first = true;
        foreach (var piece in RecognitionInput.Fold(text).Split(Punctuation.ToCharArray(), StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var left = NegativeConditions(tokens);
            for (var t = 0; t < tokens.Length; t++)
            {
                if (left[t])
                {
                    continue;
                }

                // A yes or no that opens the answer is its own clause: "aniyo | chinguhanteneun malhaesseoyo".
                if (first && t == 0 && tokens.Length > 1 && _leadingAnswers.Contains(tokens[t]))
                {
                    clauses.Add(tokens[t]);
                    continue;
                }

                // The one exception to a "no one" or "nothing" is said: "chingu | (malgoneun) amudo mollayo".
                if (ExceptionEnd(tokens, t) is { } said)
                {
                    current.Append(said);
                    Flush(clauses, current);
                    continue;
                }

                if (_breaks.Contains(tokens[t]))
                {
                    Flush(clauses, current);
                    continue;
                }

                current.Append(tokens[t]).Append(' ');

                // The Korean "want to" and "is doing" forms (a connective followed by an auxiliary): one verb, not two clauses.
                var next = t + 1 < tokens.Length ? tokens[t + 1] : string.Empty;
                if (EndsClause(tokens[t]) && !_followers.Any(f => next.StartsWith(f, StringComparison.Ordinal)))
                {
                    Flush(clauses, current);
                }
            }

            Flush(clauses, current);
            first = false;
        }

        return clauses;
    }

    /// <summary>
    /// The word before a Korean exception ending ("chingu malgoneun", "eommahantebakke") when the rest of the piece says
    /// no one or nothing: the word without the ending (empty when the ending stands alone), or null when it is no such
    /// exception ("sajin ppaego da isseoyo" keeps its own reading).
    /// </summary>
    private string? ExceptionEnd(string[] tokens, int t)
    {
        var token = tokens[t];
        if (t + 1 >= tokens.Length || !Hangul.IsHangul(token[^1]))
        {
            return null;
        }

        var end = _exceptionEnds.FirstOrDefault(e => token.EndsWith(e, StringComparison.Ordinal));
        if (end is null || (token.Length == end.Length && t == 0))
        {
            return null;
        }

        for (var j = t + 1; j < tokens.Length; j++)
        {
            // A separate Korean "not" ("an", "mot": the condition's marks of "not" as words of their own), or a word with a mark
            // of "no one" or "not" in it.
            if (_conditionNegations.Contains(tokens[j]) || _exceptionNegatives.Any(n => tokens[j].Contains(n, StringComparison.Ordinal)))
            {
                return token[..^end.Length];
            }
        }

        return null;
    }

    /// <summary>
    /// The words of a condition that says "not", left out of its clause so that its "not" does not reach what the clause
    /// names: in English from "if"/"unless" up to the next subject after the condition's own ("if i dont pay | hes
    /// sending my nudes") or the end; in Korean a word in the conditional with "not" in it or just before it ("don [an
    /// bonaemyeon] sajin ollindaeyo"), but not one that is a wish ("geu yeongsang eopseojyeosseumyeon joketeoyo"). A condition without "not" stays ("my dad would kill him if he knew so i cant tell
    /// him": that "not" is the sentence's own).
    /// </summary>
    private bool[] NegativeConditions(string[] tokens)
    {
        var left = new bool[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            if (_conditions.Contains(tokens[t]))
            {
                var end = tokens.Length;
                for (var j = t + 2; j < tokens.Length; j++)
                {
                    if (_subjects.Contains(tokens[j]))
                    {
                        end = j;
                        break;
                    }
                }

                var negative = false;
                for (var j = t + 1; j < end && !negative; j++)
                {
                    negative = EnglishWords.Stems(tokens[j]).Any(_negatorWords.Contains);
                }

                for (var j = t; negative && j < end; j++)
                {
                    left[j] = true;
                }
            }
            else if (KoreanNegativeCondition(tokens[t], t > 0 ? tokens[t - 1] : null) is var before and > 0
                && !(t + 1 < tokens.Length && _wishFollowers.Any(f => tokens[t + 1].StartsWith(f, StringComparison.Ordinal))))
            {
                left[t] = true;
                if (before > 1)
                {
                    left[t - 1] = true;
                }
            }
        }

        return left;
    }

    // 0: not a negative conditional; 1: the word itself says not ("anbonaemyeon", "eopseumyeon"); 2: the word before it does ("an").
    private int KoreanNegativeCondition(string token, string? before)
    {
        if (token.Length < 2 || !Hangul.IsHangul(token[^1]) || !_conditionEndings.Any(e => token.EndsWith(e, StringComparison.Ordinal))
            || _exceptions.Any(e => token.EndsWith(e, StringComparison.Ordinal)))
        {
            return 0;
        }

        return before is not null && _conditionNegations.Contains(before) ? 2
            : _conditionNegations.Any(n => token.Contains(n, StringComparison.Ordinal)) ? 1 : 0;
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
