using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// What one simulated survivor sends: greeting, legal information, then paging through a topic ("1/15", "2/15"
/// ...) while switching language. Every page turn moves the reading position by exactly one, so a lost or doubled
/// state write shows as a wrong page. Race steps send the same message to both instances at the same moment (two
/// tabs): both turns start on the same ETag, one of them must be re-run on the other's state, and together they
/// must move the position by two.
/// </summary>
internal sealed record ConversationPlan(IReadOnlyList<PlanStep> Steps)
{
    // The Korean words come from the bot's own phrase lists: "Korean" (which also opens the conversation in
    // Korean) and "next".
    private static readonly PhraseCatalog Phrases = new();
    private static readonly string Korean = Phrases.Get(CommonPhrases.Korean, Language.Korean)[0];
    private static readonly string NextInKorean = Phrases.Get(LegalPhrases.Next, Language.Korean)[0];

    private static readonly PlanStep[] Intro =
    [
        new(Korean, false), new("2", false), new("English", false), new("2", false),
    ];

    private static readonly PlanStep[] Cycle =
    [
        new("next", false), new("next", true), new(Korean, false), new(NextInKorean, true), new("English", false),
        new("next", false), new("other topics", false), new("2", false), new("next", true), new("next", false),
    ];

    public int Turns => Steps.Sum(s => s.Race ? 2 : 1);

    public int Races => Steps.Count(s => s.Race);

    /// <summary>A plan of <paramref name="turns"/> survivor messages (a race counts as two).</summary>
    public static ConversationPlan Of(int turns, bool races)
    {
        var steps = new List<PlanStep>();
        var sent = 0;
        for (var i = 0; sent < turns; i++)
        {
            var next = i < Intro.Length ? Intro[i] : Cycle[(i - Intro.Length) % Cycle.Length];
            var race = races && next.Race && sent + 2 <= turns;
            steps.Add(next with { Race = race });
            sent += race ? 2 : 1;
        }

        return new ConversationPlan(steps);
    }
}
