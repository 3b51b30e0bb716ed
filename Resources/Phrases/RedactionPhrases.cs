namespace ReportBot.Resources.Phrases;

/// <summary>Words the redactor uses to find personal details that have no fixed digit shape (Resources/Phrases/redaction.json).</summary>
public static class RedactionPhrases
{
    public static readonly PhraseKey Surnames = new("redaction.surnames");
    public static readonly PhraseKey Titles = new("redaction.titles");
    public static readonly PhraseKey NameCues = new("redaction.name_cues");
    public static readonly PhraseKey NotNames = new("redaction.not_names");

    /// <summary>The words that name a name (이름, 성함; "my name is"), not those that announce an offender or account holder.</summary>
    public static readonly PhraseKey NamingCues = new("redaction.naming_cues");

    /// <summary>What closes a name said after a naming cue (a copula: -이에요, -라고; English: "and", "who").</summary>
    public static readonly PhraseKey NameEndings = new("redaction.name_endings");

    /// <summary>Honorifics after a given name (씨, 님; romanised -ssi, -nim).</summary>
    public static readonly PhraseKey Honorifics = new("redaction.honorifics");

    /// <summary>Particles after a given name with the friendly "i" (지훈이가, 라온이한테); the comitative and the copula are left out.</summary>
    public static readonly PhraseKey NameParticles = new("redaction.name_particles");

    /// <summary>Verbs of going to a school or working at a company ("다녀요", "에서 일해요", "work at", "go to"): the name before or after them is an affiliation.</summary>
    public static readonly PhraseKey OrgVerbs = new("redaction.org_verbs");

    /// <summary>The last word of a company's or school's name ("전자", "물산", "고", "대학교", "electronics", "university").</summary>
    public static readonly PhraseKey OrgSuffixes = new("redaction.org_suffixes");

    /// <summary>Mail words and providers: an id near one of them is the part of an e-mail before the at sign.</summary>
    public static readonly PhraseKey MailWords = new("redaction.mail_words");
    public static readonly PhraseKey OrgUnits = new("redaction.org_units");
    public static readonly PhraseKey IdCues = new("redaction.id_cues");
    public static readonly PhraseKey ResidentNumberCues = new("redaction.rrn_cues");
    public static readonly PhraseKey HandleCues = new("redaction.handle_cues");
    public static readonly PhraseKey HandleFillers = new("redaction.handle_fillers");
    public static readonly PhraseKey BirthCues = new("redaction.birth_cues");
    public static readonly PhraseKey DigitWords = new("redaction.digit_words");
    public static readonly PhraseKey AtWords = new("redaction.at_words");
    public static readonly PhraseKey DotWords = new("redaction.dot_words");
    public static readonly PhraseKey Road = new("redaction.road");
    public static readonly PhraseKey NotRoads = new("redaction.not_roads");
    public static readonly PhraseKey LotArea = new("redaction.lot_area");
    public static readonly PhraseKey Building = new("redaction.building");
    public static readonly PhraseKey Unit = new("redaction.unit");
    public static readonly PhraseKey Counters = new("redaction.counters");
    public static readonly PhraseKey PlateLetters = new("redaction.plate_letters");
    public static readonly PhraseKey PlateCues = new("redaction.plate_cues");
    public static readonly PhraseKey Particles = new("redaction.particles");
    public static readonly PhraseKey LotSuffix = new("redaction.lot_suffix");
    public static readonly PhraseKey GivenNames = new("redaction.given_names");
    public static readonly PhraseKey KinWords = new("redaction.kin_words");
    public static readonly PhraseKey NotHandles = new("redaction.not_handles");
    public static readonly PhraseKey PlaceSuffixes = new("redaction.place_suffixes");

    /// <summary>
    /// Ordinary words said before a floor ("건물 3층", "지하 1층", "거기 3층"; "the Police Station 2F", "Then on the 4th floor"):
    /// not a building's name. An English name with a floor or a unit is kept when every word of it is one of these.
    /// </summary>
    public static readonly PhraseKey FloorWords = new("redaction.floor_words");
    public static readonly PhraseKey NotPlaces = new("redaction.not_places");
    public static readonly PhraseKey SchoolWords = new("redaction.school_words");

    /// <summary>
    /// Given names that are also words: Korean listed names that standing alone are a verb's form ("jieun joe", a sin
    /// committed), names only with a particle; English names that are words (will, grace), names only after a relation word.
    /// </summary>
    public static readonly PhraseKey NamesThatAreWords = new("redaction.names_that_are_words");

    /// <summary>Where an account lives, for "on X he's called bigboss" (X is the platform, not a cue of its own); Korean names for mixed-script messages.</summary>
    public static readonly PhraseKey Platforms = new("redaction.platforms");

    /// <summary>Syllables common in Korean given names: two of them called out with 아/야 in reported speech are a name (vocative.json).</summary>
    public static readonly PhraseKey NameSyllables = new("redaction.name_syllables");

    /// <summary>Words that report speech or a message, in the line of a name called out ("라고", "이러면서", "카톡").</summary>
    public static readonly PhraseKey VocativeCues = new("redaction.vocative_cues");

    /// <summary>Words right after a given name standing alone that point back at the person or meet them ("걔", "그 새끼", "만났"; vocative.json).</summary>
    public static readonly PhraseKey AppositionCues = new("redaction.apposition_cues");

    /// <summary>
    /// Words that follow a person ("ttaemune", "malloneun", "jibe", "museowo", "yojeum"): a given name outside the list standing
    /// alone right before one of them is a name, as before an apposition cue (vocative.json).
    /// </summary>
    public static readonly PhraseKey PersonFollowers = new("redaction.person_followers");

    /// <summary>Romanised Korean words and English words shaped like a romanised name ("haha", "soda", "seoul"): never a name.</summary>
    public static readonly PhraseKey NotRomanisedNames = new("redaction.not_romanised_names");

    /// <summary>Place words that begin like a counter ("원룸", "시청", "분당"): after a lot number they are no count of anything.</summary>
    public static readonly PhraseKey NotCounters = new("redaction.not_counters");

    /// <summary>Words that name a nickname ("닉네임", "별명", "대화명"): the word after them, up to six syllables, is a handle.</summary>
    public static readonly PhraseKey NicknameCues = new("redaction.nickname_cues");

    /// <summary>
    /// Boards, communities and apps whose users are known by a nickname ("에타", "블라인드", "blind"): before a nickname cue,
    /// a Korean nickname closed by a subject particle is a handle ("에타 닉네임 새벽달빛이 …").
    /// </summary>
    public static readonly PhraseKey Boards = new("redaction.boards");
}
