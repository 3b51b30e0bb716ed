using System.Text;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// Splits an answer into clauses, so that a negation ("no photos, but I have the chats") only reaches its own clause:
/// at punctuation, at linking words ("but", a Korean "but"), and after a Korean word ending in a connective ending,
/// unless the word is a noun that merely ends the same way (kept as data).
/// </summary>
public sealed class AnswerClauses
{
    private const string Punctuation = ",.!?;\u2026\n\u00B7\u3002\uFF0C/";
    private readonly HashSet<string> _breaks;
    private readonly string[] _endings;
    private readonly HashSet<string> _exceptions;
    private readonly string[] _followers;

    public AnswerClauses(IPhraseCatalog phrases)
    {
        _breaks = [.. phrases.All(AnswerPhrases.ClauseBreaks).Select(RecognitionInput.Fold)];
        _endings = [.. phrases.Get(AnswerPhrases.ClauseEndings, Language.Korean).OrderByDescending(e => e.Length)];
        _exceptions = [.. phrases.All(AnswerPhrases.ClauseEndingExceptions)];
        _followers = [.. phrases.Get(AnswerPhrases.ClauseEndingFollowers, Language.Korean)];
    }

    public List<string> Split(string text)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in RecognitionInput.Fold(text).Split(Punctuation.ToCharArray(), StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var t = 0; t < tokens.Length; t++)
            {
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
        }

        return clauses;
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
