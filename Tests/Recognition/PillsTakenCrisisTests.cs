using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Pills said as taken with no amount and no word for death ("i took pills", "약을 먹었어요": evaluation.blind12's first run
/// raised nothing) get the check-in, which asks and gives 109/119 on yes or anything unclear: the words are ambiguous, but said
/// to this bot they may be an overdose. With alcohol they get the numbers with the ambulance first. Medicine named for an
/// ordinary reason ("took my meds", cold medicine, a painkiller for a headache, prescribed pills) and a pill someone else gave
/// in a story raise nothing.
/// </summary>
public sealed class PillsTakenCrisisTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("약 좀 먹었어요")]
    [InlineData("수면제 먹었어요 아까")]
    [InlineData("just took some pills")]
    [InlineData("i swallowed pills")]
    public void Pills_taken_with_no_amount_get_at_least_the_check_in(string text) =>
        Assert.NotEqual(CrisisLevel.None, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("소주랑 수면제 먹었어요")]
    [InlineData("술 마시고 약 많이 먹었어")]
    [InlineData("took a bunch of pills with wine")]
    [InlineData("i took pills and drank")]
    public void Pills_with_alcohol_get_the_numbers_with_the_ambulance_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.Ambulance, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("두통약 먹었어요")]
    [InlineData("감기약 먹고 잤어요")]
    [InlineData("처방받은 약 먹었어요")]
    [InlineData("그 사람이 준 약을 먹었어요")]
    [InlineData("i took my meds this morning")]
    [InlineData("took a painkiller for my cramps")]
    [InlineData("took cold medicine")]
    [InlineData("he gave me pills at the party")]
    public void Medicine_for_an_ordinary_reason_raises_nothing(string text) =>
        Assert.Equal(CrisisLevel.None, Recognizer.Crisis.Assess(text));
}
