namespace ReportBot.Resources.Text;

/// <summary>Strings of replies that wait on the case code, the honest wait and the console inbox (console.* are served to the page).</summary>
public static class RepliesText
{
    public static readonly TextKey SavedNewCode = new("replies.saved_new_code");
    public static readonly TextKey SavedOnCase = new("replies.saved_on_case");
    public static readonly TextKey ThreadFull = new("replies.thread_full");
    public static readonly TextKey TooManyLeft = new("replies.too_many_left");
    public static readonly TextKey Gone = new("replies.gone");
    public static readonly TextKey ConsentAsk = new("replies.consent_ask");
    public static readonly TextKey AskWindow = new("replies.ask_window");
    public static readonly TextKey WindowNoted = new("replies.window_noted");
    public static readonly TextKey WindowUnclear = new("replies.window_unclear");
    public static readonly TextKey WindowDateFormat = new("replies.window_date_format");
    public static readonly TextKey RepliedHeader = new("replies.replied_header");
    public static readonly TextKey ReplyLine = new("replies.reply_line");
    public static readonly TextKey ReplyPushed = new("replies.reply_pushed");
    public static readonly TextKey StillWaiting = new("replies.still_waiting");
    public static readonly TextKey Closed = new("replies.closed");
    public static readonly TextKey WindowNow = new("replies.window_now");
    public static readonly TextKey AskAnswer = new("replies.ask_answer");
    public static readonly TextKey AnswerSaved = new("replies.answer_saved");
    public static readonly TextKey NoAnswer = new("replies.no_answer");
    public static readonly TextKey WaitEstimate = new("replies.wait_estimate");
    public static readonly TextKey WaitUnknown = new("replies.wait_unknown");
    public static readonly TextKey SignedIn = new("replies.signed_in");
    public static readonly TextKey NobodySignedIn = new("replies.nobody_signed_in");
    public static readonly TextKey ErasedItem = new("replies.erased_item");
    public static readonly TextKey ConsoleInbox = new("console.inbox");
    public static readonly TextKey ConsoleInboxEmpty = new("console.inbox_empty");
    public static readonly TextKey ConsoleWindows = new("console.windows");
    public static readonly TextKey ConsoleWindowsEmpty = new("console.windows_empty");
    public static readonly TextKey ConsoleWaitingReplyFor = new("console.waiting_reply_for");
    public static readonly TextKey ConsoleClaimedByOther = new("console.claimed_by_other");
    public static readonly TextKey ConsoleWindow = new("console.window");
    public static readonly TextKey ConsoleReply = new("console.reply");
    public static readonly TextKey ConsoleReplyHint = new("console.reply_hint");
    public static readonly TextKey ConsoleCloseThread = new("console.close_thread");
    public static readonly TextKey ConsoleThread = new("console.thread");
    public static readonly TextKey ConsoleThreadClosed = new("console.thread_closed");
}
