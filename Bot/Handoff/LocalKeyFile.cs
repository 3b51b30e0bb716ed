using System.Security.Cryptography;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// A 32-byte key from configuration (base64), or, when none is configured, one generated once into the local data
/// folder (readable by the owner only). Instances that share the folder share the key; in Azure configure the key.
/// </summary>
internal static class LocalKeyFile
{
    public static byte[] Resolve(string? configured, string localRoot, string fileName)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Convert.FromBase64String(configured);
        }

        var folder = Path.Combine(localRoot, "keys");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            var key = RandomNumberGenerator.GetBytes(32);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(temporary, create))
            {
                file.Write(key);
            }

            try
            {
                // Another instance may have created it meanwhile: the first one wins, everyone reads it.
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temporary);
            }
        }

        return File.ReadAllBytes(path);
    }
}
