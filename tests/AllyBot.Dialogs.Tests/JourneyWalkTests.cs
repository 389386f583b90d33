using AllyBot.Builder.State;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Tests.Support;
using Xunit.Abstractions;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// New users walking the journey with natural, sometimes messy answers, on a text channel and where card
/// forms render. Each walk prints its turn count and the whole transcript, to be read as an organizer would.
/// </summary>
public sealed class JourneyWalkTests(ITestOutputHelper output)
{
    [Fact]
    public async Task QuickPitch_NewUserFromHi_FirstSendablePitchWithinTenTurnsThenBecomesAFullPlan()
    {
        using var host = new JourneyHost(new MemoryStorage());
        var talk = new Conversation(host);

        await talk.SayAsync("hi");
        await talk.SayAsync("just a quick pitch please");
        await talk.SayAsync("Maya, Eastside Tenants United");
        await talk.SayAsync("Get the county to fund a housing navigator at the Eastside clinic");
        await talk.SayAsync("the transit workers union");
        await talk.SayAsync("yes, they support it but haven't done anything");
        await talk.SayAsync("Their president, Tanya Brooks. Everyone in the local knows her.");
        await talk.SayAsync("come to the council hearing on March 3");
        await talk.SayAsync("In return, we can bring tenants to your rally");
        await talk.SayAsync("go with what you suggest");
        Print("Quick pitch", talk);

        Assert.True(talk.FirstPitchTurn is <= 10, $"First pitch at turn {talk.FirstPitchTurn}.\n{talk.Log}");
        var ally = Assert.Single((await host.RecordAsync()).Plan.Allies);
        Assert.Equal(("the transit workers union", "labor-unions", "passive-ally"), (ally.Name, ally.AudienceId, ally.Stance));
        Assert.Equal(("Tanya Brooks", "president", "Everyone in the local knows her."), (ally.Contact.Name, ally.Contact.Role, ally.Contact.Note));
        Assert.Equal("bring tenants to your rally", ally.Offer);

        // Kept, it becomes the start of a full plan: nothing already said is asked again.
        await talk.SayAsync(Words.Choice("pitches", "tweak", "keep"));
        var next = await talk.SayAsync(Words.Choice("allies", "after-quick", "full-plan"));
        Print("Quick pitch, then the full plan", talk);
        Assert.Equal(Words.Question("goal", "issue"), next.Last().Text);
        var record = await host.RecordAsync();
        Assert.Equal("Get the county to fund a housing navigator at the Eastside clinic", record.Plan.Goal.Statement);
        Assert.Single(record.Plan.Pitches);
        Assert.Equal(JourneyPaths.FullPlan, record.Progress.Path);
    }

    [Fact]
    public async Task FullPlan_TwoAlliesWithNaturalAnswers_OnATextChannel_AtMostThirtyTurns()
    {
        using var host = new JourneyHost(new MemoryStorage());
        var talk = new Conversation(host);

        await TypedFullPlanAsync(talk);
        Print("Full plan, text channel", talk);

        var record = await host.RecordAsync();
        Assert.Equal("menu", record.Progress.Current!.Topic);
        Assert.Contains(Words.Text("menu", "journey-complete"), talk.AllReplies.Texts());
        Assert.True(talk.Turns <= 30, $"{talk.Turns} turns.\n{talk.Log}");
        AssertTwoAllyPlan(record);
    }

    [Fact]
    public async Task FullPlan_TwoAllies_WithCardForms_AtMostFourteenActions()
    {
        using var host = new JourneyHost(new MemoryStorage(), cardForms: true);
        var talk = new Conversation(host);

        await talk.SayAsync("hi");
        await talk.SayAsync(Words.Choice("welcome", "start", "full-plan"));
        await talk.SayAsync("Dana, Riverside AMSA chapter");
        await talk.SubmitFormAsync(new Dictionary<string, string>
        {
            ["largest-goal"] = "Safe night staffing at Mercy General so patients stop falling",
            ["issue"] = "Patients fall at night when units are short-staffed.",
            ["solution"] = "not sure yet",
            ["not-the-issue"] = "Overall hospital budget cuts",
        });
        await talk.SubmitFormAsync(new Dictionary<string, string>
        {
            ["could-help"] = "The ICU nurses' union, the patient and family advisory council, and maybe Dr. Alan Reyes, VP of quality",
            ["opposition"] = "Hospital finance, quietly",
        });
        await talk.SubmitFormAsync(new Dictionary<string, string> { ["pick-list"] = "1,3" });
        await talk.SubmitFormAsync(new Dictionary<string, string>
        {
            ["stance"] = "passive-ally",
            ["contact-name"] = "Rosa Delgado",
            ["contact-role"] = "chief steward",
            ["ask"] = "testify at the hospital board meeting in May",
            ["offer"] = "In return, we can compile the night-shift falls data for your members",
            ["self-interest"] = "She's worried about burnout on her unit",
        });
        await talk.SayAsync(Words.Choice("pitches", "tweak", "keep"));
        await talk.SubmitFormAsync(new Dictionary<string, string>
        {
            ["stance"] = "neutral",
            ["ask"] = "put safe night staffing on the quality committee agenda",
            ["offer"] = "a literature review on staffing and falls",
        });
        await talk.SayAsync(Words.Choice("pitches", "tweak", "keep"));
        await talk.SayAsync("no, that's everyone");
        await talk.SubmitFormAsync(new Dictionary<string, string>
        {
            ["first-task"] = "A one-page leaflet on night-shift falls",
            ["meeting-rhythm"] = "monthly",
            ["point-person"] = "Dana",
        });
        Print("Full plan, card forms", talk);

        var record = await host.RecordAsync();
        Assert.Contains(Words.Text("menu", "journey-complete"), talk.AllReplies.Texts());
        Assert.True(talk.Turns <= 14, $"{talk.Turns} actions.\n{talk.Log}");
        AssertTwoAllyPlan(record);
    }

    /// <summary>The typed full plan: two allies picked from the brainstorm, one of them a person.</summary>
    internal static async Task TypedFullPlanAsync(Conversation talk)
    {
        await talk.SayAsync("hi");
        await talk.SayAsync("a full plan");
        await talk.SayAsync("Dana, Riverside AMSA chapter");
        await talk.SayAsync("Safe night staffing at Mercy General so patients stop falling");
        await talk.SayAsync("Patients fall at night when units are short-staffed.");
        await talk.SayAsync("not sure yet");
        await talk.SayAsync("Overall hospital budget cuts");
        await talk.SayAsync("The ICU nurses' union, the patient and family advisory council, and maybe Dr. Alan Reyes, VP of quality");
        await talk.SayAsync("Hospital finance, quietly");
        await talk.SayAsync("1 and 3");
        await talk.SayAsync("they support it but haven't done anything");
        await talk.SayAsync("Their chief steward, Rosa Delgado. She's been on nights for 20 years.");
        await talk.SayAsync("testify at the hospital board meeting in May");
        await talk.SayAsync("In return, we can compile the night-shift falls data for your members");
        await talk.SayAsync("She's worried about burnout on her unit");
        await talk.SayAsync("looks good");
        await talk.SayAsync("neutral, I think");
        await talk.SayAsync("put safe night staffing on the quality committee agenda");
        await talk.SayAsync("a literature review on staffing and falls");
        await talk.SayAsync("you pick");
        await talk.SayAsync(Words.Choice("pitches", "tweak", "keep"));
        await talk.SayAsync("no, that's everyone");
        await talk.SayAsync("A one-page leaflet on night-shift falls");
        await talk.SayAsync("idk");
        await talk.SayAsync("monthly");
        await talk.SayAsync("me");
    }

    private static void AssertTwoAllyPlan(JourneyRecord record)
    {
        var plan = record.Plan;
        Assert.Equal("Safe night staffing at Mercy General so patients stop falling", plan.Goal.Statement);
        Assert.Null(plan.Goal.Solution);
        Assert.Equal("Hospital finance, quietly", plan.Brainstorm.Opposition);
        Assert.Equal(["the ICU nurses' union", "Dr. Alan Reyes"], plan.Allies.Select(a => a.Name));
        var union = plan.Allies[0];
        Assert.Equal(("Rosa Delgado", "chief steward", "passive-ally"), (union.Contact.Name, union.Contact.Role, union.Stance));
        Assert.Equal("She's worried about burnout on her unit", union.Motives);
        Assert.NotEqual(union.Motives, union.SelfInterest);
        Assert.Equal("compile the night-shift falls data for your members", union.Offer);
        var reyes = plan.Allies[1];
        Assert.Equal(("Dr. Alan Reyes", "VP of quality", "hospital-leadership", "neutral"), (reyes.Contact.Name, reyes.Contact.Role, reyes.AudienceId, reyes.Stance));
        Assert.Equal(2, plan.Pitches.Count);
        foreach (var pitch in plan.Pitches)
        {
            Assert.DoesNotContain("burnout", pitch.Short + pitch.Long, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Hospital finance", pitch.Short + pitch.Long, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("budget cuts", pitch.Short + pitch.Long, StringComparison.OrdinalIgnoreCase);
        }
        Assert.NotNull(plan.Sustain.FirstTask);
    }

    private void Print(string title, Conversation talk)
    {
        output.WriteLine($"===== {title}: {talk.Turns} user turns" + (talk.FirstPitchTurn is { } first ? $", first pitch at turn {first}" : "") + " =====");
        output.WriteLine(talk.Log);
        output.WriteLine("");
    }
}
