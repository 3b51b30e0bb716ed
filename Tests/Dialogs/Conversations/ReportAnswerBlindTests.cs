using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// The report blind set (Tests/Recognition/report.blind.*.tsv): whole answers to each report question as people type
/// them, each said in its own conversation through the real dialogs. A story must be kept quietly and its time, place
/// and person offered at their questions (the time alone, not the whole clause); a "when" answer must be read on the
/// first go and mean the day written down; a choice question must take exactly the choices meant; a place or an
/// ordinary line must be taken as said, with no crisis, command or check in between.
/// </summary>
public sealed class ReportAnswerBlindTests(ITestOutputHelper output)
{
    /// <summary>The first batch, written before the lists were read; tuned on after its first run.</summary>
    [Fact]
    public async Task Answers_as_people_type_them_are_taken_at_their_questions() => AssertBars(await RunAsync("blind"), Bar);

    /// <summary>
    /// The second batch, written after the first batch's fixes and run once before any change for it: the safety bars
    /// (nothing flagged, every story kept) and at most one wrong offer gate; the other shares are reported.
    /// </summary>
    [Fact]
    public async Task A_second_batch_keeps_the_safety_bars() =>
        AssertBars(await RunAsync("blind2"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            "story extra" => 0.9,
            _ => 0.0,
        });

    /// <summary>
    /// The third batch (who did it, not whom the survivor told; spans and vague times; rides and vehicles; a person behind
    /// an account), written before the changes for it and tuned on after its first run
    /// (bench/Recognition/Results/report-blind3-first-run.md): the first batch's bars, wrong offers (a person told offered as
    /// the one who did it) counted among them.
    /// </summary>
    [Fact]
    public async Task A_third_batch_offers_who_did_it_spans_rides_and_the_person_behind_an_account() =>
        AssertBars(await RunAsync("blind3"), Bar);

    /// <summary>
    /// A fourth batch, written after the third batch's fixes by the same person and run once as a check that they generalise
    /// (not tuned on): the safety bars gate; the other shares are reported.
    /// </summary>
    [Fact]
    public async Task A_fourth_batch_keeps_the_safety_bars() =>
        AssertBars(await RunAsync("blind4"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            _ => 0.0,
        });

    /// <summary>
    /// The fifth batch (approximate and relative times and places in messy writing, evidence and wishes said indirectly),
    /// written before the changes for it and run once (bench/Recognition/Results/report-blind5-first-run.md).
    /// </summary>
    [Fact]
    public async Task A_fifth_batch_reads_approximate_times_places_and_indirect_wishes() =>
        AssertBars(await RunAsync("blind5"), Bar);

    /// <summary>
    /// The sixth batch (the story told in pieces with people told or who helped beside the one who did it, "when" said
    /// approximately, "where" and "who" with typos and slang, evidence said loosely, the help wanted), written before the
    /// changes for it and run once (bench/Recognition/Results/blind9-first-run.md), then fixed by class but not to its
    /// last line: the safety bars and at most one wrong offer in ten gate, as for the second batch; the other shares are
    /// reported (the known misses are in the results file).
    /// </summary>
    [Fact]
    public async Task A_sixth_batch_keeps_the_safety_bars_with_stories_told_in_pieces() =>
        AssertBars(await RunAsync("blind6"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            "story extra" => 0.9,
            _ => 0.0,
        });

    /// <summary>
    /// The seventh batch (answers in consonant shorthand and emoji, Korean and English in one answer, an answer split over
    /// two messages, a question back to the bot, times relative to holidays, exams, semesters and shifts, places named by an
    /// app, evidence held by someone else, a wish said at the evidence question), written before the changes for it and run
    /// once (bench/Recognition/Results/blind10-first-run.md): the safety bars and at most one wrong offer in ten gate, as for
    /// the sixth batch; the other shares are reported.
    /// </summary>
    [Fact]
    public async Task A_seventh_batch_keeps_the_safety_bars_with_shorthand_split_answers_and_questions_back() =>
        AssertBars(await RunAsync("blind7"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            "story extra" => 0.9,
            _ => 0.0,
        });

    /// <summary>
    /// The eighth batch (answers with particles glued on, two things listed with 랑/하고/and/plus, evidence described by what
    /// it shows, places in slang, times said by a season of life, who said by a role alone, a threat to spread images named
    /// at "what happened", a yes said with an emoji, questions back about what the bot does), written before the changes for
    /// it and run once (bench/Recognition/Results/blind11-first-run.md), then tuned on: the safety bars and at most one wrong
    /// offer in ten gate, as for the seventh batch; the other shares are reported (left: an answer completed at the next
    /// question, a season of life as the story's time).
    /// </summary>
    [Fact]
    public async Task An_eighth_batch_keeps_the_safety_bars_with_particles_lists_roles_and_seasons_of_life() =>
        AssertBars(await RunAsync("blind8"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            "story extra" => 0.9,
            _ => 0.0,
        });

    /// <summary>
    /// The ninth batch (approximate and relative times, a story whose background time is not the incident's, a repeated
    /// incident with a span, two kinds in one act, evidence joined by symbols or split over two messages, wishes said as a
    /// sentence with a but-clause, who said by relation plus particle), written before the changes for it and run once
    /// (the story's time 1/8, two kinds in one act 6/8, evidence 6/8, wishes 3/6: bench/Recognition/Results/blind12-first-run.md),
    /// then tuned on (7/8, 8/8, 8/8, 6/6): the safety bars and at most one wrong offer in ten gate, as for the eighth batch; the
    /// other shares are reported (left: durations with no start, an exam as a time, "the owner" as who in a story).
    /// </summary>
    [Fact]
    public async Task A_ninth_batch_reads_background_times_spans_double_acts_and_wishes_with_a_worry() =>
        AssertBars(await RunAsync("blind9"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            "story extra" => 0.9,
            _ => 0.0,
        });

    /// <summary>
    /// The tenth batch (the backlash after speaking out: doxxing, pile-ons in group chats and on boards, hate DMs, fake accounts
    /// and impersonation, a defamation suit or summons; digital sex crimes in slang; a leak of information told apart from a
    /// leak of images; who, when and where said inside such stories), written before the changes for it and run once (what
    /// happened 22/34, where in a story 3/7: bench/Recognition/Results/blind13-first-run.md), then tuned on (32/34, 7/7): the
    /// safety bars and at most one wrong offer in ten gate, as for the ninth batch; the other shares are reported (left: a time
    /// told by the backlash's own events, "random guys keep texting me" also read as stalking, a deepfake "going around").
    /// </summary>
    [Fact]
    public async Task A_tenth_batch_reads_doxxing_pile_ons_impersonation_counter_suits_and_slang_for_digital_sex_crimes() =>
        AssertBars(await RunAsync("blind10"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            "story extra" => 0.9,
            _ => 0.0,
        });

    /// <summary>
    /// The eleventh batch (answers and stories as they are typed: 초성체, net endings, dropped 받침, ㅋㅋ and ㅠㅠ inside a story,
    /// Konglish, Korean typed with the 한/영 key left in English mode, romanized Korean, texting English with u, w/, idk, ALL CAPS),
    /// written before the changes for it and run once (what happened 15/20, Korean in 한/영 mode read 0/7:
    /// bench/Recognition/Results/blind14-first-run.md), then tuned on (16/20, 7/7): the safety bars and at most one wrong offer in
    /// ten gate, as for the tenth batch; the other shares are reported (left: romanized Korean, "yday", "rando", "uni", "ss").
    /// </summary>
    [Fact]
    public async Task An_eleventh_batch_reads_answers_typed_in_shorthand_in_the_wrong_keyboard_mode_and_in_texting_english() =>
        AssertBars(await RunAsync("blind11"), aspect => aspect switch
        {
            "ordinary" or "place" or "story" => 1.0,
            "story extra" => 0.9,
            _ => 0.0,
        });

    private async Task<List<BlindOutcome>> RunAsync(string set)
    {
        var outcomes = new List<BlindOutcome>();
        foreach (var line in BlindLine.ReadAll(set))
        {
            await using var host = ReportTestHost.Create(new MemoryStorage());
            outcomes.AddRange(await new BlindWalk(host, line).RunAsync());
        }

        foreach (var group in outcomes.GroupBy(o => (o.Line.Language, o.Aspect)).OrderBy(g => g.Key.Aspect, StringComparer.Ordinal).ThenBy(g => g.Key.Language, StringComparer.Ordinal))
        {
            output.WriteLine(F($"{set} {group.Key.Language} {group.Key.Aspect}: {group.Count(o => o.Miss is null)}/{group.Count()}"));
        }

        foreach (var miss in outcomes.Where(o => o.Miss is not null))
        {
            output.WriteLine($"{set} miss {miss.Line.Language} {miss.Aspect}: {miss.Line.Text} -> {miss.Miss}");
        }

        return outcomes;
    }

    private static void AssertBars(List<BlindOutcome> outcomes, Func<string, double> bar)
    {
        // Safety first: nothing a survivor writes as an answer may raise a crisis, a command or a check.
        var flagged = outcomes.Where(o => o.Aspect is "ordinary" or "place" or "story" && o.Miss is not null).ToList();
        Assert.True(flagged.Count == 0, string.Join("\n", flagged.Select(o => o.Line.Text + " -> " + o.Miss)));
        foreach (var group in outcomes.GroupBy(o => o.Aspect))
        {
            var share = (double)group.Count(o => o.Miss is null) / group.Count();
            Assert.True(share >= bar(group.Key), F($"{group.Key}: {share:P0} < {bar(group.Key):P0}"));
        }
    }

    /// <summary>The share of each aspect that must come out right (the rest are the known misses this run prints).</summary>
    private static double Bar(string aspect) => aspect switch
    {
        "ordinary" or "place" or "story" => 1.0,
        _ => 0.9,
    };

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
