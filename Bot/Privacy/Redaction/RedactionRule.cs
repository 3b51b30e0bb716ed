using System.Text.RegularExpressions;
using ReportBot.Resources;

namespace ReportBot.Bot.Privacy.Redaction;

/// <summary>
/// One kind of personal detail: the pattern that finds it (read on the <see cref="ScanText"/> copy), the marker that
/// replaces it, and an optional check of the match. When the pattern has a group named "x", only that group is
/// replaced, so the word that announced the detail ("passport", "manager") stays readable. A rule that needs a digit is
/// skipped for text without one (most chat lines), which keeps the redactor cheap.
/// </summary>
internal sealed record RedactionRule(Regex Pattern, TextKey Marker, Func<Match, bool>? Accept = null, bool NeedsDigit = true);
