namespace ReportBot.Resources.Recognition;

/// <summary>Which phrase lists (and which combinations of them) make tier 1 (act now) and tier 2 (check in once).</summary>
public sealed record CrisisRules
{
    public required string[] Tier1 { get; init; }

    /// <summary>Concepts that are tier 1 together but not alone (a method with a time; a high place with "I am there now").</summary>
    public string[][] Tier1Combinations { get; init; } = [];

    /// <summary>
    /// Concepts that are tier 1 in a conversation that already had a tier-2 message ("오늘 밤에 할 거예요", "tonight"
    /// after hopelessness): a time or a decision said after distress is a plan.
    /// </summary>
    public string[] Tier1AfterDistress { get; init; } = [];

    /// <summary>
    /// Concepts that are such a plan together but not alone ("doing it" with a time: "오늘 할 거야", "ill do it after
    /// everyone's asleep"): tier 1 after distress, or in the same message as tier-2 wording.
    /// </summary>
    public string[][] Tier1AfterDistressCombinations { get; init; } = [];

    /// <summary>
    /// Concepts that make a time or a decision a plan to report or to tell ("오늘 밤에 신고할 거예요", "I've made up my
    /// mind, I'm telling my mom tonight"): with one of them, the time or the decision is not taken as a plan to harm.
    /// </summary>
    public string[] PlansNotHarm { get; init; } = [];

    public required string[] Tier2 { get; init; }

    /// <summary>
    /// Concepts that are tier 2 together but not alone: a wound with a body part, "it doesn't matter any more" with
    /// something ending soon, and "doing it" with a plan time said cold, with no distress before it ("im doin it tonite":
    /// a check-in, since it is as often the report or homework; after distress it is tier 1). Never with a plan to report.
    /// </summary>
    public string[][] Tier2Combinations { get; init; } = [];

    /// <summary>
    /// Concepts that, in a tier-1 message, mean a body already harmed now (an overdose taken, bleeding): the answer then
    /// puts the ambulance (119) first, before the police.
    /// </summary>
    public string[] AmbulanceFirst { get; init; } = [];

    /// <summary>
    /// Concepts of a wish to die or thoughts of suicide: in a tier-1 message with no concept of <see cref="DangerNow"/>
    /// outside them, the answer puts 109 (the suicide prevention line) first, before the police and the ambulance.
    /// </summary>
    public string[] IdeationFirst { get; init; } = [];

    /// <summary>Concepts of danger now (a method, a time, a place, a decision, someone coming, a body harmed, an act).</summary>
    public string[] DangerNow { get; init; } = [];

    /// <summary>Figures of speech removed before tier 2 is looked for ("starving to death", "dying to see it").</summary>
    public string[] Idioms { get; init; } = [];

    /// <summary>
    /// Words that place a message in the story's past ("geunal", "jangnyeon", "...eul ttae", "that night", "last spring",
    /// "every night for weeks"): with one of them and none of <see cref="StillNow"/>, the concepts of
    /// <see cref="SetAsideInStoryPast"/> are the story being told, not danger now, and are set aside as idioms are.
    /// </summary>
    public string[] StoryPast { get; init; } = [];

    /// <summary>Words that say it is happening now ("jigeum", "right now"): the story's past words then set nothing aside.</summary>
    public string[] StillNow { get; init; } = [];

    /// <summary>Danger from another person (arrived, here, waiting, at the door, coming): told in the story's past, set aside.</summary>
    public string[] SetAsideInStoryPast { get; init; } = [];
}
