namespace ReportBot.Resources.Phrases;

/// <summary>Words that tell, at the main menu, that the survivor has started telling what happened (Resources/Phrases/stories.json).</summary>
public static class StoryPhrases
{
    public static readonly PhraseKey Act = new("story.act");
    public static readonly PhraseKey Actor = new("story.actor");
    public static readonly PhraseKey Detail = new("story.detail");

    /// <summary>Sexual harm said without the kind the report lists ("성희롱 당했어요", "I was harassed").</summary>
    public static readonly PhraseKey Disclosed = new("story.disclosed");

    /// <summary>Wanting to sue or press charges oneself ("소송 하고 싶어요", "can I sue him").</summary>
    public static readonly PhraseKey OwnSuit = new("story.own_suit");

    /// <summary>Being the one sued, or threatened with a suit or a complaint ("고소한대요", "he's suing me").</summary>
    public static readonly PhraseKey Sued = new("story.sued");

    /// <summary>Photos, videos, posts and accounts out in the world: what a takedown removes ("사진", "pics", "posts").</summary>
    public static readonly PhraseKey Content = new("story.content");

    /// <summary>This conversation's own data: what erasure removes ("기록", "대화", "my data", "what I wrote").</summary>
    public static readonly PhraseKey OwnData = new("story.own_data");

    /// <summary>Finding it hard to begin ("어떻게 말해야 할지 모르겠어요", "can I tell you something").</summary>
    public static readonly PhraseKey Hesitant = new("story.hesitant");

    /// <summary>Asking whether what happened can be reported or is a crime ("이것도 신고 되나요?", "is this illegal?").</summary>
    public static readonly PhraseKey AsksReportable = new("story.asks_reportable");

    /// <summary>
    /// What a legal question is about, asked while telling what happened: being sued back ("역고소 당할 수 있나요?", "can he
    /// sue me for defamation?"), punishment, time limits, compensation. Read only in a message that asks.
    /// </summary>
    public static readonly PhraseKey AsksLegal = new("story.asks_legal");

    /// <summary>
    /// Doubting, while telling it, whether to report at all ("idk if i should even be doing this", "이래도 되는 건지
    /// 모르겠어요", "괜히 말하는 건가 싶어요").
    /// </summary>
    public static readonly PhraseKey Doubts = new("story.doubts");

    /// <summary>A question asked as a wish to know ("i want to know if he can sue me", "역고소 되는지 궁금해요").</summary>
    public static readonly PhraseKey WantsToKnow = new("story.wants_to_know");

    /// <summary>Taking content down in words that are no erasure ("내려 주세요", "take it down"): read only beside <see cref="Content"/>.</summary>
    public static readonly PhraseKey TakedownAction = new("story.takedown_action");

    /// <summary>How hard it is now: no sleep, nightmares, dread of meeting them, panic, tears, self-blame ("잠을 못 자요", "i cant sleep").</summary>
    public static readonly PhraseKey Distress = new("story.distress");
}
