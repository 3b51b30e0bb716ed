namespace ReportBot.Bot.Handoff.Auth;

/// <summary>The key that signs local counsellor tokens, read (or generated) once, on first use.</summary>
public sealed class CounsellorSigningKey(Lazy<byte[]> key)
{
    public byte[] Value => key.Value;
}
