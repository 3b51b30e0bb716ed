namespace ReportBot.Dialogs.Recognition;

/// <summary>Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), given up above a bound.</summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        if (max == 1)
        {
            // What every typo check asks: one pass instead of the table.
            return WithinOne(a, b);
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    // The distance when it is 0 or 1, else 2: equal; one letter replaced; two neighbours swapped; one letter more or
    // fewer. Any other difference needs two operations.
    private static int WithinOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var common = a.CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            if (common == a.Length)
            {
                return 0;
            }

            // Replaced at the first difference, or swapped with the letter after it; the rest must be equal.
            if (a[(common + 1)..].SequenceEqual(b[(common + 1)..]))
            {
                return 1;
            }

            return common + 1 < a.Length && a[common] == b[common + 1] && a[common + 1] == b[common]
                && a[(common + 2)..].SequenceEqual(b[(common + 2)..]) ? 1 : 2;
        }

        // One letter more in the longer: skipped at the first difference, the rest equal.
        var longer = a.Length > b.Length ? a : b;
        var shorter = a.Length > b.Length ? b : a;
        return longer[(common + 1)..].SequenceEqual(shorter[common..]) ? 1 : 2;
    }
}
