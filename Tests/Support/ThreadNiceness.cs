namespace ReportBot.Tests.Support;

/// <summary>Linux threads' niceness, read from /proc: field 19 of a thread's stat, after its name in parentheses.</summary>
internal static class ThreadNiceness
{
    private const int Lowest = 19;

    /// <summary>
    /// Whether a thread of <paramref name="niceness"/> runs below the calling thread (the turns'): a higher niceness,
    /// or both already at the lowest priority Linux has (a suite run under <c>nice -n 19</c>: nothing lower to give).
    /// </summary>
    public static bool RunsBelowOwn(int niceness) => niceness > Own() || niceness == Lowest;

    /// <summary>The calling thread's niceness.</summary>
    public static int Own() => Parse(File.ReadAllText("/proc/thread-self/stat"));

    /// <summary>Every thread of this process: its name (15 characters at most) and niceness.</summary>
    public static List<(string Name, int Niceness)> All() =>
        Directory.GetDirectories("/proc/self/task")
            .Select(task =>
            {
                try
                {
                    return (File.ReadAllText(Path.Combine(task, "comm")).Trim(), Parse(File.ReadAllText(Path.Combine(task, "stat"))));
                }
                catch (IOException)
                {
                    return (string.Empty, 0); // the thread ended meanwhile
                }
            })
            .ToList();

    private static int Parse(string stat) =>
        int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
}
