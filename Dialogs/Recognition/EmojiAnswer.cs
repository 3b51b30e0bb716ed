namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// A reply made only of a yes or a no in emoji, as people answer on phones: a thumbs-up, an OK hand, a circle (the Korean
/// O for "right"), a check mark or the "OK" gesture is yes; a thumbs-down, a cross or crossed arms is no. Skin tones,
/// gender signs and the emoji variation mark are ignored, and repeats ("👍👍") count. Any other character (a word, a
/// crying face, a heart) makes it no yes or no: feelings stay feelings.
/// </summary>
public static class EmojiAnswer
{
    // Code points, not Hangul: the Jamo and letter rules elsewhere do not apply to these.
    private static readonly HashSet<int> Yes = [0x1F44D, 0x1F44C, 0x2B55, 0x2705, 0x2714, 0x2611, 0x1F197, 0x1F646];
    private static readonly HashSet<int> No = [0x1F44E, 0x274C, 0x2716, 0x274E, 0x1F645, 0x26D4, 0x1F6AB];

    /// <summary>True for only yes emoji, false for only no emoji, null otherwise.</summary>
    public static bool? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 24)
        {
            return null;
        }

        bool? said = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var c = char.ConvertToUtf32(text, i);
            if (char.IsWhiteSpace(text, i) || c is 0xFE0F or 0x200D or 0x2640 or 0x2642 || c is >= 0x1F3FB and <= 0x1F3FF)
            {
                continue;
            }

            bool? one = Yes.Contains(c) ? true : No.Contains(c) ? false : null;
            if (one is null || (said is { } before && before != one))
            {
                return null;
            }

            said = one;
        }

        return said;
    }

    /// <summary>The message with an emoji yes or no spelled as the word ("yes", "no"), so every reader takes it as written.</summary>
    public static string Spell(string text) => Read(text) switch
    {
        true => "yes",
        false => "no",
        _ => text,
    };
}
