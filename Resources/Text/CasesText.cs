namespace ReportBot.Resources.Text;

/// <summary>Strings of coming back with a case code.</summary>
public static class CasesText
{
    public static readonly TextKey MenuLabel = new("cases.menu_label");
    public static readonly TextKey AskCode = new("cases.ask_code");
    public static readonly TextKey Malformed = new("cases.malformed");
    public static readonly TextKey NotFound = new("cases.not_found");
    public static readonly TextKey Locked = new("cases.locked");
    public static readonly TextKey Found = new("cases.found");
    public static readonly TextKey AskAction = new("cases.ask_action");
    public static readonly TextKey ActionRead = new("cases.action.read");
    public static readonly TextKey ActionAdd = new("cases.action.add");
    public static readonly TextKey ActionDelete = new("cases.action.delete");
    public static readonly TextKey ActionDone = new("cases.action.done");
    public static readonly TextKey AskAddition = new("cases.ask_addition");
    public static readonly TextKey Added = new("cases.added");
    public static readonly TextKey NothingAdded = new("cases.nothing_added");
    public static readonly TextKey DeleteConfirm = new("cases.delete_confirm");
    public static readonly TextKey DeleteKept = new("cases.delete_kept");
}
