namespace ReportBot.Dialogs.Reports;

/// <summary>Settings of the anonymous cases (section <c>Cases</c>).</summary>
public sealed class CasesOptions
{
    public const string Section = "Cases";

    /// <summary>
    /// A deployment-wide secret mixed into every case-code hash, so that stolen storage alone cannot be searched
    /// for codes. At least 32 characters. When empty, one is generated and kept in <see cref="PepperFile"/> (for
    /// local use: in production set it from a secret store, or every code breaks when the file is lost).
    /// </summary>
    public string CodePepper { get; set; } = string.Empty;

    /// <summary>Where a generated pepper is kept when <see cref="CodePepper"/> is empty.</summary>
    public string PepperFile { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "ReportBot",
        "case-code-pepper");

    /// <summary>PBKDF2-SHA256 iterations for a case-code hash: slow for a guesser, still a fraction of a turn.</summary>
    public int HashIterations { get; set; } = 100_000;

    /// <summary>Case-code hashes that may run at once across all conversations; 0 means half the cores (at least 1).</summary>
    public int MaxConcurrentHashes { get; set; }

    /// <summary>Look-ups that may wait for a hashing slot; beyond that a survivor is asked to try again in a moment.</summary>
    public int HashQueueLength { get; set; } = 16;

    /// <summary>Wrong codes allowed in one conversation before the bot stops checking codes for a while.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>Erasures ("delete my data", a case deleted with its code) that may run at once; more wait their turn.</summary>
    public int MaxConcurrentErasures { get; set; } = 2;
}
