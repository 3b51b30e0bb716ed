using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// Reads picks said as positions: "1 and 3" with a Korean conjunction, "the first and the last", a Korean "first and third". Only when the message
/// is nothing but positions and linking words, so that "first" inside a story is never taken for a pick.
/// </summary>
public sealed class OrdinalReader
{
    private const int MaxOrdinal = 9;
    private readonly Concept[] _ordinals;
    private readonly Concept _last;
    private readonly HashSet<string> _fillers;

    public OrdinalReader(IPhraseCatalog phrases)
    {
        _ordinals = [.. Enumerable.Range(1, MaxOrdinal).Select(n => Concept.From(phrases, AnswerPhrases.Ordinal(n).Name))];
        _last = Concept.From(phrases, AnswerPhrases.OrdinalLast.Name);
        _fillers = [.. phrases.All(AnswerPhrases.OrdinalFillers).SelectMany(f => new[] { RecognitionInput.From(f).Hangul }.Concat(RecognitionInput.From(f).Words))];
    }

    /// <summary>The zero-based indexes picked, in the order said, or null when the message is not only positions.</summary>
    public IReadOnlyList<int>? Read(string? text, int choiceCount)
    {
        var input = RecognitionInput.From(text);
        if (input.IsEmpty || choiceCount == 0 || input.Units > 40)
        {
            return null;
        }

        var hits = new List<(ConceptHit Hit, int Index)>();
        var scratch = new List<ConceptHit>();
        for (var n = 0; n <= MaxOrdinal; n++)
        {
            scratch.Clear();
            (n < MaxOrdinal ? _ordinals[n] : _last).FindExact(input, scratch);
            hits.AddRange(scratch.Select(h => (h, n < MaxOrdinal ? n : choiceCount - 1)));
        }

        for (var w = 0; w < input.Words.Count; w++)
        {
            if (int.TryParse(input.Words[w], out var number) && input.Words[w].Length <= 2)
            {
                hits.Add((new ConceptHit(false, w, 1, false), number - 1));
            }
        }

        var accepted = AnswerHits.NonOverlapping(hits, h => h.Hit);
        if (accepted.Count == 0 || accepted.Any(a => a.Index < 0 || a.Index >= choiceCount) || !OnlyFillersLeft(input, accepted.Select(a => a.Hit)))
        {
            return null;
        }

        var ordered = accepted.OrderBy(a => a.Hit.Korean).ThenBy(a => a.Hit.Start).Select(a => a.Index).Distinct().ToList();
        return ordered;
    }

    private bool OnlyFillersLeft(RecognitionInput input, IEnumerable<ConceptHit> hits)
    {
        var koreanCovered = new bool[input.Hangul.Length];
        var wordsCovered = new bool[input.Words.Count];
        foreach (var hit in hits)
        {
            var covered = hit.Korean ? koreanCovered : wordsCovered;
            for (var i = hit.Start; i < hit.Start + hit.Length; i++)
            {
                covered[i] = true;
            }
        }

        for (var w = 0; w < input.Words.Count; w++)
        {
            if (!wordsCovered[w] && !_fillers.Contains(input.Words[w]))
            {
                return false;
            }
        }

        // Korean left-overs: each run between picks must be a linking word or ending ("and", a polite ending).
        var start = -1;
        for (var i = 0; i <= input.Hangul.Length; i++)
        {
            var free = i < input.Hangul.Length && !koreanCovered[i];
            if (free && start < 0)
            {
                start = i;
            }
            else if (!free && start >= 0)
            {
                if (!_fillers.Contains(input.Hangul[start..i]))
                {
                    return false;
                }

                start = -1;
            }
        }

        return true;
    }
}
