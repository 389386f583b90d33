using AllyBot.Bot.Tests.Infrastructure;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Presentation;
using AllyBot.FakeOpenAI;
using Xunit.Abstractions;

namespace AllyBot.Bot.Tests.Generative;

/// <summary>
/// The polished pitch in the real journey over HTTP: the decorated drafter is the one the journey calls, the
/// draft streams (a buffered stream here: "Drafting your pitch…" first, then the final), the long version comes
/// first, then what it is, the short version and the notes with the subject line; the review offers another
/// version and the three tones, each re-drafted with its own instruction.
/// </summary>
public sealed class JourneyPolishedPitchTests(ITestOutputHelper output) : IAsyncLifetime
{
    private JourneyRig _rig = null!;

    public async Task InitializeAsync() => _rig = await JourneyRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static string Drafting => JourneyText.Text(StreamingIds.Step, StreamingIds.DraftingPitchText);

    private static readonly string[] VersionChoices =
        ["another-version", "more-formal", "shorter", "warmer"];

    [Fact]
    public async Task FirstPitch_IsThePolishedOne_DraftingFirst_LongThenShort_AndTheFourVersionsOffered()
    {
        var replies = await _rig.WalkToFirstPitchAsync("polished");
        output.WriteLine(JourneyRig.Transcript(replies));

        var sent = Assert.Single(_rig.Model.Requests);
        Assert.True(sent.Stream);
        var texts = replies.Select(r => r.Text ?? "").ToList();
        var (shortVersion, longVersion) = JourneyRig.Pitches(replies);
        Assert.Contains(PitchJson.AddedSentence(sent.Data), longVersion);
        Assert.Equal(sent.Data.GetProperty("template_pitch").GetProperty("short").GetString(), shortVersion);
        var drafting = texts.IndexOf(Drafting);
        var longAt = replies.ToList().FindIndex(r => PitchEntity.VersionOf(r) == PitchEntity.Long);
        var shortAt = replies.ToList().FindIndex(r => PitchEntity.VersionOf(r) == PitchEntity.Short);
        Assert.True(drafting >= 0 && drafting < longAt && longAt < shortAt, JourneyRig.Transcript(replies));
        Assert.Contains(texts, t => t.StartsWith(JourneyText.Library.Step("generative").Text("pitch-intro").Split('{')[0], StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains($"{JourneyText.Text("generative", "subject-label")}:** Working together for health care", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(GenerativeRig.StandardDraftNotice, StringComparison.Ordinal));
        var buttons = JourneyRig.Buttons(replies);
        Assert.All(VersionChoices, id => Assert.Contains(JourneyText.Choice("pitches", "tweak", id), buttons));
    }

    [Theory]
    [InlineData("more-formal", GenerativeIds.MoreFormalPrompt)]
    [InlineData("shorter", GenerativeIds.ShorterPrompt)]
    [InlineData("warmer", GenerativeIds.WarmerPrompt)]
    public async Task AToneChosen_IsRedraftedWithThatInstruction_AndShown(string choice, string promptId)
    {
        await _rig.WalkToFirstPitchAsync(choice);

        var replies = await _rig.SayAsync(choice, JourneyText.Choice("pitches", "tweak", choice));

        Assert.Equal(2, _rig.Model.Requests.Count);
        var sent = _rig.Model.Requests[^1];
        Assert.Contains(JourneyText.Library.Prompt(promptId).Text.Trim(), sent.System);
        Assert.Contains(JourneyText.Text(StreamingIds.Step, StreamingIds.DraftingPitchText), replies.Select(r => r.Text));
        Assert.Contains(PitchJson.AddedSentence(sent.Data), JourneyRig.Pitches(replies).Long);
        Assert.Equal(JourneyText.Question("pitches", "tweak"), replies[^1].Text);
    }

    [Fact]
    public async Task AnotherVersion_SendsTheShownPitchAsThePreviousOne_AndShowsTheNewOne()
    {
        var first = await _rig.WalkToFirstPitchAsync("another");
        var shown = JourneyRig.Pitches(first).Long!;
        _rig.Model.Responder = r => PitchJson.Polish(r, value: r.Data.TryGetProperty("previous_pitch", out _) ? 1 : 0).Reply();

        var replies = await _rig.SayAsync("another", JourneyText.Choice("pitches", "tweak", "another-version"));
        output.WriteLine(JourneyRig.Transcript(replies));

        var sent = _rig.Model.Requests[^1];
        Assert.Contains(JourneyText.Library.Prompt(GenerativeIds.AnotherVersionPrompt).Text.Trim(), sent.System);
        Assert.Equal(shown, sent.Data.GetProperty("previous_pitch").GetProperty("long").GetString());
        var again = JourneyRig.Pitches(replies).Long!;
        Assert.NotEqual(shown, again);
        Assert.Contains(PitchJson.AddedSentence(sent.Data, 1), again);
        Assert.DoesNotContain(replies, r => (r.Text ?? "").Contains(GenerativeRig.StandardDraftNotice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeepAfterAVersion_SavesTheVersionShown()
    {
        await _rig.WalkToFirstPitchAsync("keep");
        var formal = JourneyRig.Pitches(await _rig.SayAsync("keep", JourneyText.Choice("pitches", "tweak", "more-formal"))).Long!;

        await _rig.SayAsync("keep", JourneyText.Choice("pitches", "tweak", "keep"));
        var export = await _rig.SayAsync("keep", "export");

        Assert.Contains(export, r => (r.Text ?? "").Contains(formal.Split('\n')[2], StringComparison.Ordinal));
    }
}
