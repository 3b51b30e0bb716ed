namespace ReportBot.Resources.Text;

/// <summary>Strings of the counsellor console (served to the page as JSON; the page fills the placeholders).</summary>
public static class ConsoleText
{
    public static readonly TextKey Title = new("console.title");
    public static readonly TextKey Language = new("console.language");
    public static readonly TextKey SignIn = new("console.sign_in");
    public static readonly TextKey SignOut = new("console.sign_out");
    public static readonly TextKey Name = new("console.name");
    public static readonly TextKey Password = new("console.password");
    public static readonly TextKey SignInFailed = new("console.sign_in_failed");
    public static readonly TextKey SignedInAs = new("console.signed_in_as");
    public static readonly TextKey Queue = new("console.queue");
    public static readonly TextKey QueueEmpty = new("console.queue_empty");
    public static readonly TextKey Mine = new("console.mine");
    public static readonly TextKey MineEmpty = new("console.mine_empty");
    public static readonly TextKey Crisis = new("console.crisis");
    public static readonly TextKey WaitingFor = new("console.waiting_for");
    public static readonly TextKey SurvivorLanguage = new("console.survivor_language");
    public static readonly TextKey LanguageKorean = new("console.lang_ko");
    public static readonly TextKey LanguageEnglish = new("console.lang_en");
    public static readonly TextKey Claim = new("console.claim");
    public static readonly TextKey ClaimTaken = new("console.claim_taken");
    public static readonly TextKey Open = new("console.open");
    public static readonly TextKey Transcript = new("console.transcript");
    public static readonly TextKey Live = new("console.live");
    public static readonly TextKey FromSurvivor = new("console.from_survivor");
    public static readonly TextKey FromBot = new("console.from_bot");
    public static readonly TextKey FromCounsellor = new("console.from_counsellor");
    public static readonly TextKey CrisisFlag = new("console.crisis_flag");
    public static readonly TextKey Write = new("console.write");
    public static readonly TextKey Send = new("console.send");
    public static readonly TextKey SendFailed = new("console.send_failed");
    public static readonly TextKey End = new("console.end");
    public static readonly TextKey EndConfirm = new("console.end_confirm");
    public static readonly TextKey Ended = new("console.ended");
    public static readonly TextKey EndedBySurvivor = new("console.ended_by_survivor");
    public static readonly TextKey NoSelection = new("console.no_selection");
    public static readonly TextKey IncidentTypes = new("console.incident_types");
    public static readonly TextKey Read = new("console.read");
    public static readonly TextKey SessionExpired = new("console.session_expired");
}
