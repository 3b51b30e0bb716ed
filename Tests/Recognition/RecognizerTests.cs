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
    [InlineData("I don't know what to do", IntentNames.Help)]
    [InlineData("이해가 안 돼요", IntentNames.Help)]
    [InlineData("로봇 말고 사람이랑 얘기하고 싶어요", IntentNames.Counsellor)]
    [InlineData("can you not keep what I wrote", IntentNames.Delete)]
    [InlineData("기록 안 남게 해주세요", IntentNames.Delete)]
    [InlineData("not today", IntentNames.Exit)]
    [InlineData("한국어 말고 영어로요", IntentNames.English)]
    public void A_negation_that_is_part_of_the_request_does_not_cancel_it(string text, string intent)
    {
        var match = Recognizer.Best(text);
        Assert.True(match is { IsSure: true } && match.Name == intent, $"{text}: {match}");
    }

    [Theory]
    [InlineData("is there a way to remove what I wrote", IntentNames.Delete)]
    [InlineData("데이터 지우는 방법 있어요?", IntentNames.Delete)]
    [InlineData("how do I switch to korean", IntentNames.Korean)]
    [InlineData("is anyone there who can talk to me", IntentNames.Counsellor)]
    [InlineData("접수번호 있는데 어디에 넣어요?", IntentNames.CaseCode)]
    public void Requests_asked_as_questions_are_understood(string text, string intent)
    {
        var match = Recognizer.Best(text);
        Assert.True(match is { IsSure: true } && match.Name == intent, $"{text}: {match}");
    }

    [Theory]
    [InlineData("상담 선생님이랑 얘기해봤어요")]
    [InlineData("I talked to someone at school")]
    [InlineData("나가려는데 못 나가게 했어요")]
    public void A_story_in_the_past_is_not_taken_for_a_request(string text)
    {
        Assert.True(Recognizer.Best(text) is not { IsSure: true }, $"{text}: {Recognizer.Best(text)}");
    }

    [Theory]
    [InlineData("오늘 밤에 약 다 먹을 거예요", CrisisLevel.Immediate)]
    [InlineData("I don't see the point in anything anymore", CrisisLevel.CheckIn)]
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
