namespace ReportBot.Resources.Text;

/// <summary>Strings of the KakaoTalk channel: the "more" quick reply, waiting messages, request errors.</summary>
public static class KakaoText
{
    public static readonly TextKey More = new("kakao.more");
    public static readonly TextKey Waiting = new("kakao.waiting");
    public static readonly TextKey StillWorking = new("kakao.still_working");
    public static readonly TextKey NothingMore = new("kakao.nothing_more");
    public static readonly TextKey BadRequestBilingual = new("kakao.bad_request");
}
