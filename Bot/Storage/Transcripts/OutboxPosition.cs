namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>A place in the outbox: segment file number and byte offset in it.</summary>
public readonly record struct OutboxPosition(long Segment, long Offset) : IComparable<OutboxPosition>
{
    public int CompareTo(OutboxPosition other) => Segment != other.Segment ? Segment.CompareTo(other.Segment) : Offset.CompareTo(other.Offset);

    public static bool operator <(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) < 0;

    public static bool operator >(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) > 0;

    public static bool operator <=(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) <= 0;

    public static bool operator >=(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) >= 0;
}
