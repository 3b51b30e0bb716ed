using System.Security.Cryptography;
using System.Text;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// What a skill request says, as a digest (kept in memory only while its turn runs; never the words themselves): the
/// block, the utterance, the block's parameters and the tapped button's extra. Two requests with the same digest say
/// the same thing.
/// </summary>
public static class KakaoRequestDigest
{
    public static string Of(KakaoSkillRequest request)
    {
        var said = string.Join('\n', request.BlockId, request.Utterance, request.Params?.ToJsonString(), request.ClientExtra?.ToJsonString());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(said)));
    }
}
