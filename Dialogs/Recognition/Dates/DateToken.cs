namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>
/// One word of a date as the reader sees it: its kind (the phrase list it came from, or "n" for a number) and a value; a
/// count said as a range ("2-3", "a couple of") has its larger end in <see cref="Upper"/>.
/// </summary>
public readonly record struct DateToken(string Kind, int Value = 0, int Upper = 0)
{
    public override string ToString() => Kind == "n" ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Kind;
}
