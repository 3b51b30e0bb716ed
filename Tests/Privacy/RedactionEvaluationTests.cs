using System.Globalization;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Privacy.Evaluation;
using ReportBot.Resources;
using Xunit.Abstractions;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// The redactor on labelled PII sets written by hand the way people type (Tests/Privacy/pii.*.tsv): each message's
/// identifying parts must be gone, and messages with nothing personal (incident dates, amounts, statute numbers, the
/// hotlines the bot gives) must come through unchanged. pii.blind.tsv was run once blind before the redactor was
/// broadened for it (README, "Evaluation"), so it now gates as a development set; pii.blind2.tsv was written after.
/// </summary>
public sealed class RedactionEvaluationTests(ITestOutputHelper output)
{
    private static readonly Redactor Redactor = new(new TextCatalog());
    private static readonly TextCatalog Texts = new();

    private static List<LabelledRedaction> Load(string file) =>
        [.. LabelledRedaction.ReadTsv(Path.Combine(AppContext.BaseDirectory, "Privacy", file))];

    [Fact]
    public void The_blind_set_has_both_languages_every_kind_of_detail_and_plenty_that_must_stay()
    {
        var set = Load("pii.blind.tsv");
        Assert.True(set.Count(i => i.Type != LabelledRedaction.None) >= 120);
        Assert.True(set.Count(i => i.Type == LabelledRedaction.None) >= 60);
        Assert.Contains(set, i => i.Language == Language.English);
        Assert.All(set.Where(i => i.Type != LabelledRedaction.None), i => Assert.NotEmpty(i.Secrets));
    }

    [Fact]
    public void Personal_details_in_the_first_blind_set_are_gone_and_nothing_the_report_needs_is_lost() =>
        AssertBars("pii.blind.tsv", minimumRecall: 0.97);

    /// <summary>Written after the broadening and never tuned on: a lower bar for recall, the same for what must stay.</summary>
    [Fact]
    public void Personal_details_in_the_second_blind_batch_are_mostly_gone_and_nothing_the_report_needs_is_lost() =>
        AssertBars("pii.blind2.tsv", minimumRecall: 0.8);

    /// <summary>
    /// Run once blind (31/76), then used to add whole classes: given names with a particle, ids with no digit, places
    /// with no number, school classes and teams. Known misses stay in (README): "on X he's called bigboss", and a team
    /// named in English ("the search team"); an id described around the at sign is caught since pii.depth.
    /// </summary>
    [Fact]
    public void Personal_details_in_the_third_blind_batch_are_gone_and_nothing_the_report_needs_is_lost() =>
        AssertBars("pii.blind3.tsv", minimumRecall: 0.95);

    /// <summary>
    /// Given names outside the list, known by a naming word before them or 씨/님 after them, and e-mails spelt out around
    /// the at sign (first run 9/23, two ordinary lines altered: "고객님", "기사님"); words after "이름은" that are not names
    /// ("기억이 안 나요", "비밀이에요") and 아저씨, 상담원님 stay.
    /// </summary>
    [Fact]
    public void Names_known_by_context_and_spelt_out_e_mails_are_gone() =>
        AssertBars("pii.depth.tsv", minimumRecall: 0.95);

    /// <summary>
    /// Run once blind (29/46, nothing that had to stay altered), then used to add classes (SpokenPatterns): a listed given
    /// name standing alone, a person after a relation word, an account named around a platform, a team named in English,
    /// a neighbourhood with the kind of home before "I live", a team before a surname and title. Known misses stay in
    /// (README): a given name outside the list with nothing around it ("동혁 걔가"), a building with no suffix ("센트럴 3층").
    /// </summary>
    [Fact]
    public void Personal_details_said_in_passing_in_the_fourth_blind_batch_are_gone() =>
        AssertBars("pii.blind4.tsv", minimumRecall: 0.95);

    /// <summary>
    /// A building named without a suffix and said with its floor ("센트럴 3층"), and the ordinary words people put before a
    /// floor, which must stay (pii.blind5.tsv; first run: bench/Recognition/Results/pii-blind5-first-run.md).
    /// </summary>
    [Fact]
    public void A_building_named_with_its_floor_is_gone_and_ordinary_words_before_a_floor_stay() =>
        AssertBars("pii.blind5.tsv", minimumRecall: 0.6);

    /// <summary>
    /// An English building or business named with a floor or a unit, and a Korean given name called out or quoted
    /// ("민지야 하지마"), with ordinary places and words that end like a name called out, which must stay (pii.blind7.tsv;
    /// first run 13/24 caught, 1/25 altered: bench/Recognition/Results/blind7-first-run.md), then tuned on (24/24, 0/25).
    /// </summary>
    [Fact]
    public void English_buildings_with_a_floor_and_names_called_out_are_gone_and_their_look_alikes_stay() =>
        AssertBars("pii.blind7.tsv", minimumRecall: 0.95);

    /// <summary>
    /// English names typed in lower case ("my manager john park"), a Korean given name standing alone, phone numbers and
    /// handles written loosely, with ordinary words that look like them, which must stay (pii.blind8.tsv; first run 25/31
    /// caught, 0/27 altered: bench/Recognition/Results/blind8-first-run.md), then tuned on (31/31, 0/27).
    /// </summary>
    [Fact]
    public void Lower_case_names_names_standing_alone_and_loose_numbers_are_gone_and_their_look_alikes_stay() =>
        AssertBars("pii.blind8.tsv", minimumRecall: 0.95);

    /// <summary>
    /// A given name outside the list before any kind of word ("한결 요즘", "jiho scares me"), surnames outside the list with a
    /// title ("옥과장이", "manager seo"), phones, e-mails, handles, plates and addresses written loosely, with ordinary words
    /// that look like them, which must stay (pii.blind9.tsv; first run: bench/Recognition/Results/blind9-first-run.md).
    /// </summary>
    [Fact]
    public void Names_before_any_word_surnames_with_a_title_and_loose_details_are_gone_and_their_look_alikes_stay() =>
        AssertBars("pii.blind9.tsv", minimumRecall: 0.95);

    /// <summary>
    /// Details split by spaces, dots or said in Hangul digits ("공일공 일이삼사"), handles on Korean platforms, a school with
    /// a class number, a plate inside a sentence, e-mails spelled out, given names outside the list, with ordinary words
    /// that look like them, which must stay (pii.blind10.tsv; first run: bench/Recognition/Results/blind10-first-run.md).
    /// Nothing that must stay may be altered; recall gates at 75 %, where the batch stands, not at the 95 % of the tuned
    /// sets: its given names are written with a particle attached ("시오가", "라온이") or in English with no cue ("me and haon"),
    /// a class the redactor does not read yet (the results file says why it was left). Since the eleventh batch the English names
    /// with no cue ("me and haon") and the English school ("sehwa girls high") are caught (31/37) and the bar is 80 %; the Korean
    /// names with a bare particle are still left (bench/Recognition/Results/blind11-first-run.md).
    /// </summary>
    [Fact]
    public void Details_split_or_said_in_hangul_digits_handles_and_schools_are_gone_and_their_look_alikes_stay() =>
        AssertBars("pii.blind10.tsv", minimumRecall: 0.8);

    /// <summary>
    /// Kakao open-chat links and ids, Instagram and X handles with and without "@", bank accounts with a bank name, a
    /// 주민등록번호 split or masked, an apartment with 동/호, a school with 학년/반, e-mails with spaces around "@" or written
    /// "at", given names with a particle attached and English names with no cue, with prices, times, dates, counts and
    /// statute numbers that must stay (pii.blind11.tsv; first run: bench/Recognition/Results/blind11-first-run.md, 46/49, nothing
    /// that must stay altered; 49/49 after the English school, the split resident number and the English flat). Gated as
    /// the tuned sets, at 95 %.
    /// </summary>
    [Fact]
    public void Open_chat_links_handles_accounts_masked_ids_flats_and_names_with_particles_are_gone_and_their_look_alikes_stay() =>
        AssertBars("pii.blind11.tsv", minimumRecall: 0.95);

    /// <summary>
    /// Phone numbers said in Korean words or with spaces, dots or +82, car plates, dates of birth ("99년생", "born 3/15/99"), a
    /// workplace or school named with 다녀요/에서 일해요, foreign registration and passport numbers, Line/Telegram/Discord
    /// handles, romanised addresses and IP addresses, with prices, times, incident dates, counts, ages alone and statute
    /// numbers that must stay (pii.blind12.tsv; first run: bench/Recognition/Results/blind12-first-run.md, 35/47, nothing that must
    /// stay altered; 46/47 after the workplaces and schools named with their verb, the dates of birth with 생 and the Discord
    /// tags). Gated as the tuned sets, at 95 %.
    /// </summary>
    [Fact]
    public void Spoken_phones_plates_births_workplaces_foreign_ids_and_chat_handles_are_gone_and_their_look_alikes_stay() =>
        AssertBars("pii.blind12.tsv", minimumRecall: 0.95);

    /// <summary>
    /// The doxxing surface: Instagram/X/TikTok handles and profile URLs, open KakaoTalk links, Naver blog and cafe URLs,
    /// Everytime/Blind nicknames said as such, e-mails with "at"/"골뱅이", a school with its year and class, an apartment
    /// building and unit, plates and accounts with a bank's name, with statute numbers, helplines and organisations, prices,
    /// times, counts, ages and platform names alone that must stay (pii.blind13.tsv; first run:
    /// bench/Recognition/Results/blind13-first-run.md, 29/35, nothing that must stay altered; 35/35 after the board and cafe
    /// links, the board nicknames and "at … high"). Gated as the tuned sets, at 95 %.
    /// </summary>
    [Fact]
    public void Handles_profile_links_board_nicknames_schools_flats_and_accounts_are_gone_and_platform_names_stay() =>
        AssertBars("pii.blind13.tsv", minimumRecall: 0.95);

    /// <summary>
    /// Details as they are typed: phone numbers in Hangul digits, with o/O for 0 and l for 1, spaced digit by digit or dotted,
    /// e-mails with 골뱅이/앳/at and 쩜/닷/dot, handles after shorthand cues (인스타 아디, 카톡 아뒤, ig:, "my @ is"), with ㅋㅋㅋ,
    /// counts, times, "2인", statute numbers, prices and a bare 공일공 that must stay (pii.blind14.tsv; first run:
    /// bench/Recognition/Results/blind14-first-run.md, 30/36, nothing that must stay altered; 35/36 after L and I for 1, "zero one
    /// zero" with typed digits, 아뒤, "my @ is" and "@ name"). Gated as the tuned sets, at 95 %.
    /// </summary>
    [Fact]
    public void Details_typed_in_hangul_digits_look_alike_letters_and_shorthand_cues_are_gone_and_their_look_alikes_stay() =>
        AssertBars("pii.blind14.tsv", minimumRecall: 0.95);

    [Fact]
    public void A_detail_cut_in_half_counts_as_leaked()
    {
        var item = new LabelledRedaction(Language.Korean, "phone", "010-1234-5678", ["010-1234-5678"], []);
        Assert.False(RedactionEvaluation.Score(item, "[전화번호]-5678").Caught);
        Assert.True(RedactionEvaluation.Score(item, "[전화번호]").Caught);
    }

    /// <summary>Transcripts hold the bot's replies too: support numbers, statute articles and examples must survive.</summary>
    [Fact]
    public void The_bots_own_words_come_through_redaction_unchanged()
    {
        var changed = new List<string>();
        foreach (var key in Texts.Keys)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                var text = Texts.Find(key, language) ?? string.Empty;
                if (Redactor.Redact(text, language) != text)
                {
                    changed.Add($"{key} ({language}): {Redactor.Redact(text, language)}");
                }
            }
        }

        Assert.True(changed.Count == 0, string.Join('\n', changed));
    }

    /// <summary>The legal options and support directory are shown in the chat, so they are in transcripts too.</summary>
    [Fact]
    public void The_legal_content_and_support_directory_come_through_redaction_unchanged()
    {
        var changed = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Legal"), "*.json"))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            foreach (var text in Strings(json.RootElement))
            {
                var language = text.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? Language.Korean : Language.English;
                if (Redactor.Redact(text, language) is var redacted && redacted != text)
                {
                    changed.Add($"{Path.GetFileName(file)}: {redacted}");
                }
            }
        }

        Assert.True(changed.Count == 0, string.Join('\n', changed));
    }

    /// <summary>What the chat shows: texts in both languages and phone numbers (not the reviewers' source notes).</summary>
    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element, bool shown = false) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String when shown => [element.GetString() ?? string.Empty],
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, shown)),
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, p.Name is "ko" or "en" or "phones")),
        _ => [],
    };

    private void AssertBars(string file, double minimumRecall)
    {
        var evaluation = RedactionEvaluation.Run(Load(file), Redactor);
        foreach (var type in evaluation.Types)
        {
            var (caught, support) = evaluation.Recall(type);
            output.WriteLine(F($"{file} {type}: {caught}/{support}"));
        }

        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine($"miss {miss.Item.Type}: {miss.Item.Text} => {miss.Redacted}");
        }

        var (all, total) = evaluation.RecallOfAll();
        Assert.True(all >= minimumRecall * total, F($"{all}/{total} messages lost every identifying part"));
        Assert.Equal(0, evaluation.OverRedaction().Altered);
        Assert.Equal(0, evaluation.KeptPartsLost);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
