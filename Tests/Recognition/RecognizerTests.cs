using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Tests.Recognition;

public sealed class RecognizerTests
{
    private static readonly PhraseCatalog Phrases = new();
    private static readonly Recognizer Recognizer = Recognizer.For(Phrases);

    [Theory]
    [InlineData("내 데이터 삭제해 주세요", IntentNames.Delete)]
    [InlineData("내데이터삭제해주세요", IntentNames.Delete)]
    [InlineData("ＤＥＬＥＴＥ ｍｙ ｄａｔａ", IntentNames.Delete)]
    [InlineData("ㄱㅣ록 삭제", IntentNames.Delete)]
    [InlineData("기록 남기기 싫어요 다 지워줘", IntentNames.Delete)]
    [InlineData("상담샤 연결", IntentNames.Counsellor)]
    [InlineData("councellor please", IntentNames.Counsellor)]
    [InlineData("\"상담사\"", IntentNames.Counsellor)]
    [InlineData("그만할래요", IntentNames.Exit)]
    [InlineData("can we switch to korean", IntentNames.Korean)]
    public void Commands_are_understood_whatever_the_spelling(string text, string intent)
    {
        var match = Recognizer.Best(text);
        Assert.NotNull(match);
        Assert.Equal(intent, match.Name);
        Assert.True(match.IsSure, $"{text}: {match.Score}");
    }

    [Theory]
    [InlineData("지우지 마세요")]
    [InlineData("삭제하지 말아 주세요")]
    [InlineData("don't delete anything")]
    [InlineData("he said \"delete it\" and laughed")]
    [InlineData("그 사람이 지우라고 했어요")]
    [InlineData("he told me to stop talking about it")]
    [InlineData("회사를 그만뒀어요")]
    [InlineData("a person I knew from school")]
    public void Negation_quotation_and_ordinary_answers_are_not_commands(string text)
    {
        Assert.True(Recognizer.Best(text) is not { IsSure: true }, text);
    }

    [Theory]
    [InlineData("I've been thinking about ending it all", CrisisLevel.Immediate)]
    [InlineData("나 지금 옥상이야", CrisisLevel.Immediate)]
    [InlineData("nobody would care if I were gone", CrisisLevel.CheckIn)]
    [InlineData("I just want it to be over", CrisisLevel.CheckIn)]
    [InlineData("배고파 죽겠어", CrisisLevel.None)]
    [InlineData("I'm dying to see it", CrisisLevel.None)]
    public void Crisis_wording_is_sorted_into_tiers(string text, CrisisLevel expected)
    {
        Assert.Equal(expected, Recognizer.Crisis.Assess(text));
    }

    [Fact]
    public void Separate_Hangul_letters_are_joined_and_consonant_replies_kept()
    {
        Assert.Equal("기록", Hangul.Compose("ㄱㅣㄹㅗㄱ"));
        Assert.True(RecognitionInput.From("ㅇㅇ").IsJamoOnly);
        Assert.True(RecognitionInput.From("ㅠㅠ").IsJamoOnly);
    }

    [Fact]
    public void English_is_compared_as_stems_with_contractions_spelled_out()
    {
        Assert.Equal(["do", "not", "end"], EnglishWords.Stems("don't ending"));
        Assert.Equal(EnglishWords.Stems("deleting"), EnglishWords.Stems("delete"));
        Assert.Equal(1, EditDistance.Bounded("hlep", "help", 1));
        Assert.Equal(2, EditDistance.Bounded("stop", "help", 1));
    }

    [Theory]
    [InlineData("아니 요")]
    [InlineData("아뇨 괜찮아요")]
    [InlineData("no thanks")]
    public void Yes_and_no_match_whatever_the_spacing(string text)
    {
        Assert.True(TextMatcher.Matches(text, Phrases.All(CommonPhrases.No)));
    }
}
