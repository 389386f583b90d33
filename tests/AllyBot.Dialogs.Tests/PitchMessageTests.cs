using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using AllyBot.Content.Drafting;
using AllyBot.Dialogs.Presentation;
using AllyBot.Dialogs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// A pitch arrives ready to copy (short and long as their own plain messages, marked with the allybot.pitch
/// entity), and what the user said in confidence reaches the drafter only as private notes and shows in the
/// plan, the export and the meeting brief, labelled as private.
/// </summary>
public sealed class PitchMessageTests
{
    [Fact]
    public async Task Pitch_ShortAndLong_AreTwoPlainMessagesHoldingOnlyThePitchWithTheEntity()
    {
        using var host = await Journeys.FinishedAsync();
        var plan = (await host.RecordAsync()).Plan;
        await host.SayAsync(Words.Choice("menu", "main-menu", "draft-pitch"));
        await host.SayAsync("Grace Free Clinic");

        var replies = await host.SayAsync(Words.Choice("pitches", "angle", "common-values"));

        var pitches = replies.Where(r => r.Entities?.Any(e => e.Type == PitchEntity.Type) == true).ToList();
        Assert.Equal(2, pitches.Count);
        foreach (var (message, version) in pitches.Zip(new[] { "short", "long" }))
        {
            var entity = JsonSerializer.SerializeToElement(message.Entities!.Single(e => e.Type == PitchEntity.Type), BuilderJson.Options);
            Assert.Equal(version, entity.GetProperty("version").GetString());
            Assert.Equal("Grace Free Clinic", entity.GetProperty("ally").GetString());
            Assert.Equal(TextFormatTypes.Plain, message.TextFormat);
            Assert.DoesNotContain(Words.Text("pitches", "copied-hint"), message.Text);
            Assert.DoesNotContain("**", message.Text);
        }
        var pending = (await host.RecordAsync()).Progress.PendingPitch!;
        Assert.Equal(pending.Short, pitches[0].Text);
        Assert.Equal(pending.Long, pitches[1].Text);
        var others = replies.Except(pitches).Texts().ToList();
        Assert.Contains(others, t => t.Contains(string.Join(", ", pending.WordsToAvoid), StringComparison.Ordinal));
        Assert.NotEmpty(plan.Pitches);
    }

    [Fact]
    public async Task PrivateNotes_MotivesContactNoteOppositionAndOffTheTableTopic_GoToTheDrafterAsPrivateNotesOnly()
    {
        var requests = new List<PitchRequest>();
        using var host = new JourneyHost(new MemoryStorage(), configure: services =>
            services.AddSingleton<IPitchDrafter>(sp => new RecordingDrafter(new TemplatePitchDrafter(JourneyHost.Library), requests)));
        var talk = new Conversation(host);

        await JourneyWalkTests.TypedFullPlanAsync(talk);

        var union = requests.First(r => r.Ally.Name == "the ICU nurses' union");
        Assert.Equal("Overall hospital budget cuts", union.Goal.NotTheIssue);
        Assert.Contains("She's worried about burnout on her unit", union.PrivateNotes!);
        Assert.Contains("She's been on nights for 20 years.", union.PrivateNotes!);
        Assert.Contains("Hospital finance, quietly", union.PrivateNotes!);
        Assert.Contains("Overall hospital budget cuts", union.PrivateNotes!);
        Assert.DoesNotContain("burnout", union.Ally.SelfInterest ?? "");
    }

    [Fact]
    public async Task Export_ShowsTheBrainstormOppositionAndPrivateNotes_LabelledAsPrivate()
    {
        using var host = new JourneyHost(new MemoryStorage());
        await JourneyWalkTests.TypedFullPlanAsync(new Conversation(host));

        var replies = await host.SayAsync("export");
        var card = await host.SayAsync("plan");

        var markdown = replies.Single(r => r.TextFormat == TextFormatTypes.Markdown).Text!;
        Assert.Contains($"## {Words.Text("plan", "brainstorm")}", markdown);
        Assert.Contains("maybe Dr. Alan Reyes, VP of quality", markdown);
        Assert.Contains($"- **{Words.Text("plan", "opposition")}:** Hospital finance, quietly", markdown);
        Assert.Contains($"- **{Words.Text("plan", "motives")}:** She's worried about burnout on her unit", markdown);
        Assert.Contains($"- **{Words.Text("plan", "contact-note")}:** She's been on nights for 20 years.", markdown);
        Assert.Contains("(private", Words.Text("plan", "opposition"));
        Assert.Contains("private", Words.Text("plan", "motives"));
        var fallback = JsonSerializer.SerializeToElement(card.SelectMany(r => r.Attachments ?? []).Single().Content, BuilderJson.Options).GetProperty("fallbackText").GetString();
        Assert.Contains("Hospital finance, quietly", fallback);
    }

    [Fact]
    public async Task MeetingBrief_ForAnAllyOfThePlan_ListsThePrivateNotesAfterTheBriefNotInTheOpeningLine()
    {
        using var host = new JourneyHost(new MemoryStorage());
        await JourneyWalkTests.TypedFullPlanAsync(new Conversation(host));

        var replies = await host.SayAsync("I'm meeting Rosa Delgado tomorrow");

        var brief = replies.Texts().Single(t => t.Contains(Words.Text("prep", "follow-up-title"), StringComparison.Ordinal));
        var lines = brief.Split('\n');
        var opening = Array.FindIndex(lines, l => l.StartsWith("Opening line:", StringComparison.Ordinal));
        Assert.True(opening > 0, brief);
        Assert.Contains("Rosa", lines[opening]);
        // Each private note once, in a list after the opening line, never in what they say to the ally.
        foreach (var note in new[] { "She's worried about burnout on her unit", "She's been on nights for 20 years", "Hospital finance, quietly", "Overall hospital budget cuts" })
        {
            var at = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].Contains(note, StringComparison.Ordinal));
            Assert.True(at > opening, brief);
            Assert.StartsWith("- ", lines[at]);
        }
    }

    private sealed class RecordingDrafter(IPitchDrafter inner, List<PitchRequest> requests) : IPitchDrafter
    {
        public ValueTask<Pitch> DraftAsync(PitchRequest request, CancellationToken cancellationToken = default)
        {
            requests.Add(request);
            return inner.DraftAsync(request, cancellationToken);
        }
    }
}
