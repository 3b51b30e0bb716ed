using Microsoft.Bot.Builder;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs;
using ReportBot.Tests.Dialogs.Conversations;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Korean typed with the Korean/English key left in English mode (the fourteenth blind batches' largest class of misses, in
/// other words than the sets'): the two-set keyboard's Latin letters are read as the Korean they spell, and English, texting
/// English, handles, ids, codes, addresses and one-syllable keys are left as typed.
/// </summary>
public sealed class KeyboardModeSlipTests
{
    private static readonly KeyboardModeSlip Slip = KeyboardModeSlip.For(new PhraseCatalog());

    [Theory]
    [InlineData("djwp ghltkdptj xlawkddl enldptj dksdkTdjdy", "어제 회사에서 팀장이 뒤에서 안았어요")]
    [InlineData("snrk Ekfkdhkdy", "누가 따라와요")]
    [InlineData("rudckf qnffjwntpdy!!", "경찰 불러주세요!!")]
    [InlineData("tkdeka", "상담")]
    [InlineData("dksldy", "아니요")]
    [InlineData("wlrma sjan antjdnjdy", "지금 너무 무서워요")]
    [InlineData("wkaRksaksdy", "잠깐만요")]
    [InlineData("elqvpdlzm", "딥페이크")]
    [InlineData("ahfmrpTdjdy?", "모르겠어요?")]
    [InlineData("3dlf wjsdp rkqwkrl dusfkrdl dhkTdjdy", "3일 전에 갑자기 연락이 왔어요")]
    [InlineData("tlsrhgkrhtlvdjdy", "신고하고싶어요")]
    public void Korean_typed_in_english_mode_reads_as_the_korean_it_spells(string typed, string meant) =>
        Assert.Equal(meant, Slip.Read(typed));

    [Theory]
    [InlineData("i want to talk to someone")]
    [InlineData("today")]
    [InlineData("sorry")]
    [InlineData("go to sleep")]
    [InlineData("dog tired")]
    [InlineData("rn")]
    [InlineData("ty")]
    [InlineData("dm")]
    [InlineData("kms fr")]
    [InlineData("sit tight")]
    [InlineData("HELP")]
    [InlineData("STOP IT")]
    [InlineData("sora_love")]
    [InlineData("@tkdeka")]
    [InlineData("tkdeka.kim")]
    [InlineData("tkdeka@naver")]
    [InlineData("open.kakao.com/o/gXyZ9876")]
    [InlineData("K7QF-2M9X-4T")]
    [InlineData("TPQP-TPQP-23")]
    [InlineData("tkde-kaqz")]
    [InlineData("tk2d")]
    [InlineData("minsu0505")]
    [InlineData("sp")]
    [InlineData("dl")]
    [InlineData("상담 tkdeka")]
    [InlineData("12345")]
    [InlineData("")]
    public void English_texting_handles_ids_codes_and_single_keys_are_left_as_typed(string typed) =>
        Assert.Null(Slip.Read(typed));

    [Fact]
    public async Task Someone_at_the_door_now_typed_in_english_mode_gets_the_emergency_numbers()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.Say("안녕하세요");
        // "A man is banging on my door now, I'm scared."
        var replies = await host.Say("dkwjTlrk wlrma ansdmf enemflrh dlTdjdy antjdnjdy");
        Assert.Contains(ReportTestHost.Text(host, "ko", CrisisText.Emergency), replies, StringComparison.Ordinal);
    }
}
