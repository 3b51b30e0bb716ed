namespace ReportBot.Resources.Text;

/// <summary>Strings of the counsellor handoff, as the survivor sees them.</summary>
public static class HandoffText
{
    public static readonly TextKey Waiting = new("handoff.waiting");
    public static readonly TextKey StillWaiting = new("handoff.still_waiting");
    public static readonly TextKey WaitUpdate = new("handoff.wait_update");
    public static readonly TextKey CrisisWaiting = new("handoff.crisis_waiting");
    public static readonly TextKey Joined = new("handoff.joined");
    public static readonly TextKey CounsellorPrefix = new("handoff.counsellor_prefix");
    public static readonly TextKey EndedByCounsellor = new("handoff.ended_by_counsellor");
    public static readonly TextKey EndedBySurvivor = new("handoff.ended_by_survivor");
    public static readonly TextKey Cancelled = new("handoff.cancelled");
    public static readonly TextKey OutOfHours = new("handoff.out_of_hours");
    public static readonly TextKey NoneOnline = new("handoff.none_online");
    public static readonly TextKey Hotlines = new("handoff.hotlines");
    public static readonly TextKey OfferMessage = new("handoff.offer_message");
    public static readonly TextKey AskMessage = new("handoff.ask_message");
    public static readonly TextKey NoMessage = new("handoff.no_message");
    public static readonly TextKey Unavailable = new("handoff.unavailable");
    public static readonly TextKey Weekdays = new("handoff.days.weekdays");
    public static readonly TextKey EveryDay = new("handoff.days.every_day");
    public static readonly TextKey RelayFailed = new("handoff.relay_failed");
}
