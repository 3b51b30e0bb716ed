namespace ReportBot.Resources.Phrases;

/// <summary>
/// Words the report's choice questions understand in a survivor's own words (Resources/Phrases/answers.json). The
/// lists of each choice are named by convention: answer.&lt;question&gt;.&lt;choice value&gt;, with optional
/// ".weak", ".context" and ".act" lists, ".pair_unless" (words that undo the context-and-act pair) and ".near_act" with
/// ".near_object" (a pair that counts only side by side; ".near_fillers", when given, is all that may stand between them).
/// </summary>
public static class AnswerPhrases
{
    public static readonly PhraseKey Negators = new("answer.negators");
    public static readonly PhraseKey ClauseBreaks = new("answer.clause_breaks");

    /// <summary>Korean: what may stand between a near pair's verb and its object (particles, "까지", "다", "같이").</summary>
    public static readonly PhraseKey NearFillers = new("answer.near_fillers");

    /// <summary>
    /// Words that begin a condition ("if", "unless"): one that says "not" is a clause of its own, which ends where the next
    /// subject begins ("if i dont pay | he is sending my nudes"), so the condition's "not" does not reach the threat.
    /// </summary>
    public static readonly PhraseKey ConditionWords = new("answer.condition_words");

    /// <summary>
    /// Korean: the marks of "not" ("an", "mot", "anh", "eops") that make a word ending in the conditional (the Korean entry
    /// of <see cref="ConditionWords"/>) the end of a condition of its own ("don an bonaemyeon | sajin ollindaeyo").
    /// </summary>
    public static readonly PhraseKey ConditionNegations = new("answer.condition_negations");

    /// <summary>Korean: what follows a conditional that makes it a wish, not a condition ("eopseojyeosseumyeon | joketeoyo").</summary>
    public static readonly PhraseKey ConditionWishFollowers = new("answer.condition_wish_followers");

    /// <summary>
    /// Korean: a yes or no that opens an answer and is followed by more ("aniyo | chinguhanteneun malhaesseoyo"): a clause of
    /// its own, so its "not" does not reach what the rest names.
    /// </summary>
    public static readonly PhraseKey LeadingAnswers = new("answer.leading_answers");

    /// <summary>
    /// Korean: the ends of a word that name the one exception to a "no one" or "nothing" ("chingu malgoneun amudo mollayo",
    /// "eommahantebakke mal an haesseoyo"): what they end is said, so it is a clause of its own without them.
    /// </summary>
    public static readonly PhraseKey ExceptionEnds = new("answer.exception_ends");

    /// <summary>Korean: the words that make the rest of the sentence a "no one" or "nothing" after an exception.</summary>
    public static readonly PhraseKey ExceptionNegatives = new("answer.exception_negatives");

    /// <summary>Subjects that begin the main clause after a condition ("he", "she", "they", "i").</summary>
    public static readonly PhraseKey ConditionSubjects = new("answer.condition_subjects");

    /// <summary>At "what would help you now?", words of a worry ("싫어요", "scared", "cant lose"): a clause with one and no wanting names no wish.</summary>
    public static readonly PhraseKey WishesWorries = new("answer.wishes.worries");

    /// <summary>Words of wanting ("싶", "want", "need") that keep a clause with a worry a wish ("무서워서 상담 받고 싶어요").</summary>
    public static readonly PhraseKey WishesWanting = new("answer.wishes.wanting");

    /// <summary>Joining words that start the rest of a list answer sent after it ("plus the texts", "그리고 녹음도요").</summary>
    public static readonly PhraseKey RestStarts = new("answer.rest_starts");

    /// <summary>Joining words an unfinished answer ends on ("캡처랑", "screenshots and"): the rest comes in the next message.</summary>
    public static readonly PhraseKey OpenEnds = new("answer.open_ends");
    public static readonly PhraseKey ClauseEndings = new("answer.clause_endings");
    public static readonly PhraseKey ClauseEndingExceptions = new("answer.clause_ending_exceptions");
    public static readonly PhraseKey ClauseEndingFollowers = new("answer.clause_ending_followers");
    public static readonly PhraseKey OrdinalLast = new("answer.ordinal.last");
    public static readonly PhraseKey OrdinalFillers = new("answer.ordinal_fillers");

    /// <summary>The words that pick the nth choice ("the third", a Korean "third").</summary>
    public static PhraseKey Ordinal(int n) => new($"answer.ordinal.{n}");

    /// <summary>
    /// A question's optional lists about people: verbs that make a person someone other than the one asked about
    /// ("others": told, saw, helped), words that end a person's place in a clause ("subjects": "I"), and choices that give way
    /// to any other named with them ("yielding").
    /// </summary>
    public static PhraseKey Question(string question, string part) => new($"answer.{question}.{part}");

    /// <summary>The words of one choice of one question, or of one of its optional lists (weak, context, act).</summary>
    public static PhraseKey Choice(string question, string value, string? part = null) =>
        new(part is null ? $"answer.{question}.{value}" : $"answer.{question}.{value}.{part}");
}
