namespace ReportBot.Tests.Support;

/// <summary>Reads a running bot's data folder as an attacker with the disk would: every file's bytes as text.</summary>
public static class DataFolder
{
    /// <summary>
    /// The text of every file under <paramref name="folder"/>; a temp file that is renamed away while the folder is
    /// read (an atomic write in progress) is skipped, since its bytes live on under the new name.
    /// </summary>
    public static IEnumerable<string> AllText(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            yield return text;
        }
    }
}
