namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>
/// Finds the time a story mentions among its other words (Korean often with no spaces, "so last march at my friends party…"):
/// date words standing together with nothing unread between them, read as the "when" question reads them, and the
/// words themselves, so an offer shows "last march", not the whole clause. A run needs a word that names a time on its own
/// (a day, a weekday, a month, a season, a year, "ago" after a count or time gone by before one ("it's been 2 weeks"), a stage of life with "when" and not after "my", a lunar holiday); a single syllable inside a longer
/// Korean word ("ago" as the first syllable of "ex-boyfriend", "about" as the first of "police") and English words that are mostly something else ("may", "fall") alone are not one.
/// </summary>
internal static class DateFinder
{
    /// <summary>Stories are long; one message of the story at most.</summary>
    private const int MaxChars = 2000;

    private static readonly HashSet<string> Anchors = new(StringComparer.Ordinal)
    {
        "today", "yesterday", "day_before_yesterday", "last_week", "this_week", "last_month", "month_before_last", "this_month", "last_year",
        "year_before_last", "this_year", "weekend", "last_weekend", "life_stage", "holiday", "event", "ago", "christmas", "christmas_eve", "halloween", "new_year", "new_years_eve", "not_long_ago",
        "week_before_last", "weekend_before_last", "other_day", "while_ago", "elapsed",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter",
    };

    /// <summary>English words that name a time but alone are mostly something else.</summary>
    private static readonly HashSet<string> AmbiguousAlone = new(StringComparer.Ordinal) { "may", "fall", "tonight", "sat", "sun", "wed", "mar" };

    /// <summary>Words that make one of <see cref="AmbiguousAlone"/> a time ("in may", "last fall").</summary>
    private static readonly HashSet<string> TimeWordsBefore = new(StringComparer.Ordinal) { "in", "since", "until", "till", "early", "late", "mid", "of", "by", "last", "this", "on" };

    /// <summary>Words that make the stage of life after them a place ("a guy from my college", "around my uni group chat").</summary>
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "my", "our", "his", "her", "their", "your" };

    /// <summary>Words after a stage of life that make it a time again ("in my college years", "my high school days").</summary>
    private static readonly HashSet<string> StageTimes = new(StringComparer.Ordinal) { "year", "years", "days", "day", "time", "life", "era" };

    public static DateFound? Find(DateTokenizer tokenizer, DateBackground background, string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxChars)
        {
            return null;
        }

        var folded = RecognitionInput.Fold(text);
        var spans = tokenizer.Spans(folded);
        var run = new List<DateSpan>();
        DateFound? first = null;
        var repeated = false;
        for (var i = 0; i <= spans.Count; i++)
        {
            // Time gone by begins a clause of its own ("he messaged me yesterday, it's been since august"): the run before
            // it is read first, unless it is the count it follows ("2 weeks have passed", "han dal-jjeum dwaesseoyo").
            var clause = i < spans.Count && spans[i].Token.Kind == "elapsed" && run.Count > 0
                && run[^1].Token.Kind is not ("n" or "few" or "approx") && !DateReader.IsUnit(run[^1].Token);
            if (i < spans.Count && !IsUnread(spans, i) && !clause)
            {
                // "i was" said before an age is a filler word in a story ("last week i was at the club").
                if (spans[i].Token.Kind is not (DateTokenizer.Ignore or "age_said"))
                {
                    run.Add(spans[i]);
                }

                continue;
            }

            if (Best(run, spans, folded, today, background, tokenizer) is { } found)
            {
                if (first is null)
                {
                    // A harm told as repeated ("last week, thats 3 times since september"): an open span later in the story
                    // that holds the first time is the time to offer; otherwise the first time is.
                    first = found;
                    repeated = background.TellsRepeated(folded);
                    if (!repeated)
                    {
                        return found;
                    }
                }
                else if (Holds(found.Reading, first.Reading, today))
                {
                    return found;
                }
            }

            run.Clear();
            if (clause)
            {
                run.Add(spans[i]);
            }
        }

        return first;
    }

    /// <summary>Whether <paramref name="span"/> is a span (open until today or closed) that starts before and holds <paramref name="time"/>.</summary>
    private static bool Holds(DateReading span, DateReading time, DateOnly today) =>
        !span.WordsOnly && !time.WordsOnly && DateReader.Holds(span.From, span.To, time.From, time.To, today);

    /// <summary>
    /// The longest part of a run that reads as a time, from its first word on. A time that says when a relationship, a job
    /// or a school began is background ("dating since march and last week he…"): the search goes on after it.
    /// </summary>
    private static DateFound? Best(List<DateSpan> run, List<DateSpan> spans, string folded, DateOnly today, DateBackground background, DateTokenizer tokenizer)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var end = run.Count; end > start; end--)
            {
                if (Read(run, start, end, folded, today, background) is not { } reading)
                {
                    continue;
                }

                var (from, to) = (run[start].Start, run[end - 1].End);
                if (background.IsBackground(folded, from, to, run.Skip(start).Take(end - start).Any(s => s.Token.Kind == "since")))
                {
                    // Go on after the shortest time from here ("since march", not "since march and last week").
                    var shortest = start + 1;
                    while (shortest < end && Read(run, start, shortest, folded, today, background) is null)
                    {
                        shortest++;
                    }

                    // A length before the first word that names a time ("for 5 years and yesterday", "together 2 years and on
                    // saturday") is the background, and that word the next time: go on at it.
                    var anchor = run.FindIndex(start, shortest - start, IsAnchor);
                    if (anchor > start && shortest == anchor + 1 && run.Skip(start).Take(anchor - start).Any(s => DateReader.IsUnit(s.Token)))
                    {
                        shortest = anchor;
                    }

                    start = shortest - 1;
                    break;
                }

                // Time gone by names what happened then after its "since" ("it's been a month since the post went up"): the
                // words offered end before it.
                if (end - start > 1 && run[end - 1].Token.Kind == "since" && run.Skip(start).Take(end - start).Any(s => s.Token.Kind == "elapsed"))
                {
                    to = run[end - 2].End;
                }

                // ... and begins with its "it's" ("it's been 2 weeks", not "been 2 weeks"); said with no count ("it's been since
                // august") the words begin after it.
                if (run[start].Token.Kind == "elapsed")
                {
                    var counted = run.Skip(start).Take(end - start).TakeWhile(s => s.Token.Kind != "since").Any(s => DateReader.IsUnit(s.Token));
                    from = counted ? ItsBefore(folded, from) ?? from : end - start > 1 ? run[start + 1].Start : from;
                }

                // An occasion said as a time keeps the words that make it one ("the night before my exam").
                if (run.Skip(start).Take(end - start).FirstOrDefault(s => s.Token.Kind == "event") is { Token.Kind: "event" } occasion
                    && background.NearEvent(folded, occasion.Start, occasion.End) is { } near)
                {
                    (from, to) = (Math.Min(from, near.Start), Math.Max(to, near.End));
                }

                if (CountingArticle(spans, run[start], folded, tokenizer) is { } article)
                {
                    from = article;
                }

                return new DateFound(reading, folded[from..to]);
            }
        }

        return null;
    }

    /// <summary>Where an English "it's" or "its" written just before <paramref name="at"/> starts, or null.</summary>
    private static int? ItsBefore(string folded, int at)
    {
        var before = folded[..at].TrimEnd();
        foreach (var its in (ReadOnlySpan<string>)["it s", "it's", "its"])
        {
            if (before.EndsWith(its, StringComparison.Ordinal) && (before.Length == its.Length || before[^(its.Length + 1)] == ' '))
            {
                return before.Length - its.Length;
            }
        }

        return null;
    }

    /// <summary>Units a count stands before ("a month ago", "a year ago").</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "day", "week", "month", "year" };

    /// <summary>
    /// Where the "a" of "a month ago" starts: the tokenizer skips it as a filler word and the reading counts one unit without
    /// it, but an offer of "month ago" reads as broken English.
    /// </summary>
    private static int? CountingArticle(List<DateSpan> spans, DateSpan first, string folded, DateTokenizer tokenizer)
    {
        if (!Units.Contains(first.Token.Kind) || spans.IndexOf(first) is not (> 0 and var at))
        {
            return null;
        }

        var before = spans[at - 1];
        return before.Token.Kind == DateTokenizer.Ignore && !before.Korean
            && tokenizer.CountsOne(folded[before.Start..before.End])
            && string.IsNullOrWhiteSpace(folded[before.End..first.Start])
            ? before.Start
            : null;
    }

    private static DateReading? Read(List<DateSpan> run, int start, int end, string folded, DateOnly today, DateBackground background)
    {
        var part = run.GetRange(start, end - start);
        if (!part.Any(IsAnchor))
        {
            return null;
        }

        if (part.Count == 1 && !part[0].Korean && AmbiguousAlone.Contains(folded[part[0].Start..part[0].End])
            && !AfterTimeWord(folded, part[0].Start))
        {
            return null;
        }

        if (IsPlaceOfLife(part, folded))
        {
            return null;
        }

        var reading = DateReader.FromTokens([.. part.Select(s => s.Token)], today);

        // "a classmate from university" is no time; "when i was in college", a lunar holiday alone and an occasion said as a
        // time ("the night before my exam") are.
        // An occasion with no other time is one only beside a word that makes it a time ("for my exam", "a birthday present" are none).
        if (reading is { WordsOnly: true } && part.FindIndex(s => s.Token.Kind == "event") is var occasion and >= 0
            && !part.Any(s => s.Token.Kind is "life_stage" or "holiday" or "when" or "age"))
        {
            return background.NearEvent(folded, part[occasion].Start, part[occasion].End) is null ? null : reading;
        }

        return reading is { WordsOnly: true } && part.Count == 1 && part[0].Token.Kind != "holiday" ? null : reading;
    }

    /// <summary>
    /// An English stage of life that is the only time named, right after "my" (his, our...), with no "when" and no
    /// "years" or "days" after it: the school or college as a place ("a guy from my college keeps sending me pics", "it's
    /// going around my uni group chat"), which the story's "when" must not offer. "when i was at my uni", "in my college
    /// years" and "back in high school" stay times.
    /// </summary>
    private static bool IsPlaceOfLife(List<DateSpan> part, string folded)
    {
        if (part.Any(s => s.Token.Kind == "when")
            || part.Any(s => s.Token.Kind != "life_stage" && IsAnchor(s))
            || part.FirstOrDefault(s => s.Token.Kind == "life_stage") is not { Korean: false } stage)
        {
            return false;
        }

        var before = folded[..stage.Start].TrimEnd();
        var after = folded[stage.End..].TrimStart();
        var next = after[..(after.IndexOf(' ') is var space and >= 0 ? space : after.Length)];
        return Possessives.Contains(before[(before.LastIndexOf(' ') + 1)..]) && !StageTimes.Contains(next);
    }

    /// <summary>A word that names a time on its own: one of <see cref="Anchors"/>, a year, or a Korean word of lasting.</summary>
    private static bool IsAnchor(DateSpan span) =>
        Anchors.Contains(span.Token.Kind) || (span.Token.Kind == "n" && span.Token.Value is >= 1900 and <= 2200)
        // A Korean "for N months now" ("myeot dal-jjae") tells how long the harm has gone on; an English "for" is too often
        // a relationship's or a job's length ("we dated for 2 years").
        || (span.Token.Kind == "lasting" && span.Korean);

    /// <summary>"in may", "since may", "early may": the word before makes an ambiguous one ("he may") a time.</summary>
    private static bool AfterTimeWord(string folded, int start)
    {
        var before = folded[..start].TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return TimeWordsBefore.Contains(word);
    }

    /// <summary>Not read, or a one-syllable Korean date word written against unread letters (the first syllables of "ex-boyfriend", "police").</summary>
    private static bool IsUnread(List<DateSpan> spans, int i)
    {
        var span = spans[i];
        if (span.Token.Kind == DateSpan.Unknown)
        {
            return true;
        }

        if (!span.Korean || span.End - span.Start > 1 || span.Token.Kind == DateTokenizer.Ignore)
        {
            return false;
        }

        var before = i > 0 && spans[i - 1].End == span.Start && spans[i - 1].Token.Kind == DateSpan.Unknown && spans[i - 1].Korean;
        var after = i + 1 < spans.Count && spans[i + 1].Start == span.End && spans[i + 1].Token.Kind == DateSpan.Unknown && spans[i + 1].Korean;
        return before || after;
    }
}
