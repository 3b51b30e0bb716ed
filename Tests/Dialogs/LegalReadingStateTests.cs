using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Legal;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Legal;

namespace ReportBot.Tests.Dialogs;

/// <summary>A reading kept in the dialog's state comes back as it was stored, whichever way it is read.</summary>
public sealed class LegalReadingStateTests
{
    private static readonly LegalContent Content = LegalContentLoader.Load(
        Path.Combine(AppContext.BaseDirectory, LegalContentOptions.DefaultFolder), LegalContentStore.IncidentTypeNames).Content!;

    [Fact]
    public void Every_stored_reading_reads_back_as_the_serializer_reads_it()
    {
        var readings = Enum.GetValues<IncidentType>().Select(t => LegalReadingPlan.ForIncidents(Content, [t]))
            .Append(LegalReadingPlan.AllLaws(Content))
            .Append(LegalReadingPlan.AllHelp(Content))
            .Append(new LegalReading());
        foreach (var reading in readings)
        {
            // Stored as the dialog stores it, and read back from the stored JSON text (as a later turn finds it).
            var stored = JToken.Parse(JObject.FromObject(reading).ToString());
            var read = LegalReading.FromState(stored)!;
            var expected = stored.ToObject<LegalReading>()!;
            Assert.Equal(expected.Chunks, read.Chunks);
            Assert.Equal(expected.RelevantTopics, read.RelevantTopics);
            Assert.Equal(reading.Chunks, read.Chunks);
        }
    }

    [Fact]
    public void A_reading_in_another_shape_is_still_read_and_none_is_none()
    {
        Assert.Null(LegalReading.FromState(null));
        Assert.Null(LegalReading.FromState(JValue.CreateNull()));

        // Written by hand or by an older version: other casing, a number among the chunks, a list missing.
        var odd = LegalReading.FromState(JObject.Parse("""{"chunks":["option:takedown",7],"RelevantTopics":["a"]}"""))!;
        Assert.Equal(["option:takedown", "7"], odd.Chunks);
        Assert.Equal(["a"], odd.RelevantTopics);
        Assert.Empty(LegalReading.FromState(JObject.Parse("""{"Chunks":["x"]}"""))!.RelevantTopics);
    }
}
