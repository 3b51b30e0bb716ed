namespace ReportBot.Resources.Phrases;

/// <summary>
/// Danger from another person now, said without a door or a threat (Resources/Phrases/crisis_danger.json; how they
/// combine: Resources/Phrases/Rules/recognition.json): on the way to the survivor, waiting for them.
/// </summary>
public static class CrisisDangerPhrases
{
    /// <summary>Coming, on the way, setting out: danger with where the survivor is, or with "now".</summary>
    public static readonly PhraseKey Coming = new("crisis.coming");

    /// <summary>Already arrived or back ("왔어", "와있", "is back", "just showed up"): danger with "now".</summary>
    public static readonly PhraseKey Arrived = new("crisis.arrived");

    /// <summary>Where the survivor is or lives: home, address, work, "here".</summary>
    public static readonly PhraseKey MyPlace = new("crisis.my_place");

    /// <summary>Waiting for the survivor, not leaving, parked outside: danger with a door or a place the survivor is at.</summary>
    public static readonly PhraseKey Waiting = new("crisis.waiting");

    /// <summary>The person who did it named as such ("geu sarami", "gyae", "jeonnamchin", "my stalker"): arriving, danger now.</summary>
    public static readonly PhraseKey Offender = new("crisis.offender");

    /// <summary>Words of the story's past ("geunal", "wasseul ttae", "that night", "every night for weeks"): danger then is the story.</summary>
    public static readonly PhraseKey StoryPast = new("crisis.story_past");

    /// <summary>The sound of someone at the door or the window ("문 두드리는 소리", "trying the door handle").</summary>
    public static readonly PhraseKey DoorSound = new("crisis.door_sound");

    /// <summary>Hearing it now, again, still, or being afraid: with <see cref="DoorSound"/>, danger now.</summary>
    public static readonly PhraseKey DoorNow = new("crisis.door_now");

    /// <summary>A threat of violence ("teach me a lesson", "가만 안 둔대"): with the person coming or at the door, danger now.</summary>
    public static readonly PhraseKey HarmThreat = new("crisis.harm_threat");

    /// <summary>A film, a drama, a game, a song or a delivery: danger words from there are set aside as the story's past is.</summary>
    public static readonly PhraseKey NotNowSource = new("crisis.not_now_source");

    /// <summary>The survivor's neighbourhood or building ("우리 동네", "my neighborhood"): danger with "now".</summary>
    public static readonly PhraseKey NearMe = new("crisis.near_me");

    /// <summary>The person seen ("그 사람 봤어요", "saw him"): danger near home, in the neighbourhood or just now.</summary>
    public static readonly PhraseKey Seen = new("crisis.seen");

    /// <summary>Being followed ("따라오는 거 같아요", "following me"): danger with "now".</summary>
    public static readonly PhraseKey Following = new("crisis.following");

    /// <summary>Knowing where the survivor lives ("has my address"): danger with "now" or coming.</summary>
    public static readonly PhraseKey KnowsWhere = new("crisis.knows_where");

    /// <summary>
    /// The survivor found through a leak of her address or details ("집 주소 털려서", "they posted my address"): with someone
    /// there (<see cref="SomeoneThere"/>), danger now.
    /// </summary>
    public static readonly PhraseKey FoundMe = new("crisis.found_me");

    /// <summary>Someone there now, not named ("누가 밖에", "someone is outside", "theyre here"): danger with <see cref="FoundMe"/>.</summary>
    public static readonly PhraseKey SomeoneThere = new("crisis.someone_there");

    /// <summary>Just now ("방금", "just posted", "a minute ago"): with a place at the survivor's door or a sighting, danger now.</summary>
    public static readonly PhraseKey JustNow = new("crisis.just_now");
}
