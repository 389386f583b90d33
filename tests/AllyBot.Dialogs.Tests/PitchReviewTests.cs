using AllyBot.Builder.State;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>Reviewing a drafted pitch: moving on keeps it in the plan; only an explicit discard drops it.</summary>
public sealed class PitchReviewTests
{
    [Fact]
    public async Task NextAlly_AtADraftedPitch_SavesItToThePlan_DiscardDoesNot()
    {
        using var host = new JourneyHost(new MemoryStorage());
        var scenario = JourneyHost.Library.Scenario("single-payer");
        var driver = new ScenarioDriver(host, scenario);
        var answered = new HashSet<int>();
        var sent = new List<string>();

        var plan = await driver.RunAsync(async (at, _) =>
        {
            if (at is not { Topic: "allies", Question: "tweak" } || !answered.Add(at.Ally))
                return;
            var answer = at.Ally switch
            {
                0 => "next ally",
                1 => Words.Choice("pitches", "tweak", "discard"),
                _ => Words.Choice("pitches", "tweak", "keep"),
            };
            var replies = await driver.SayAsync(answer);
            sent.AddRange(replies.Texts());
        });

        var pitched = plan.Plan.Pitches.Select(p => p.Ally).ToList();
        Assert.Contains(scenario.Allies[0].Name, pitched);
        Assert.True(!pitched.Contains(scenario.Allies[1].Name), driver.Log);
        Assert.Contains(scenario.Allies[2].Name, pitched);
        Assert.Contains(Words.Text("pitches", "pitch-saved").Replace("{ally}", scenario.Allies[0].Name, StringComparison.Ordinal), sent);
        Assert.Contains(Words.Text("pitches", "pitch-discarded").Replace("{ally}", scenario.Allies[1].Name, StringComparison.Ordinal), sent);
    }
}
