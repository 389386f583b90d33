using AllyBot.Builder.State;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>Free text that fits no choice gets a helpful re-prompt, never a dead end; audience matches can be corrected.</summary>
public sealed class FreeTextTests
{
    [Fact]
    public async Task ChoiceQuestion_AnswerFitsNoChoice_RepromptsWithTheChoicesThenExplains()
    {
        using var host = await Journeys.AtGoalAsync();
        await host.SayAsync("Single payer");

        var first = await host.SayAsync("purple elephants");
        Assert.Equal(Words.Reprompt("goal", "scope"), first.Single().Text);
        Assert.Equal(["Broad", "Narrow", "About right", "Not sure"], first.Single().ButtonTitles());

        await host.SayAsync("no idea really");
        var third = await host.SayAsync("banana");
        Assert.Contains(third.Texts(), t => t.Contains(JourneyHost.Library.Step("goal").Question("scope").Help, StringComparison.Ordinal));
        Assert.Equal(Words.Question("goal", "scope"), third.Last().Text);

        var answered = await host.SayAsync("narrow");
        Assert.Equal(Words.Text("goal", "too-narrow"), answered.First().Text);
    }

    [Fact]
    public async Task AllyName_Matched_SaysWhichProfileAndTheUserCorrectsIt()
    {
        using var host = await AtAllyNameAsync();

        var guess = await host.SayAsync("Moms Against Asthma");
        Assert.StartsWith("I'll treat *Moms Against Asthma* as **patients and families**.", guess.Last().Text);

        var candidates = await host.SayAsync(Words.Choice("allies", "audience-confirm", "no"));
        Assert.Equal(Words.Question("allies", "ally-audience").Replace("{ally}", "Moms Against Asthma"), candidates.Last().Text);
        Assert.Equal(Words.Choice("allies", "audience-candidates", "something-else"), candidates.Last().ButtonTitles()[^1]);
        Assert.DoesNotContain("patients and families", candidates.Last().ButtonTitles());
        var all = await host.SayAsync(Words.Choice("allies", "audience-candidates", "something-else"));
        Assert.Equal(JourneyHost.Library.Audiences.Count, all.Last().ButtonTitles().Count);
        var stance = await host.SayAsync("faith communities");

        Assert.Equal("Added Moms Against Asthma (faith communities) to your plan.", stance.First().Text);
        Assert.Equal("faith-communities", (await host.RecordAsync()).Plan.Allies.Last().AudienceId);
    }

    [Fact]
    public async Task AllyName_NotRecognized_OffersEveryProfileAndSomethingElseNeverDeadEnds()
    {
        using var host = await AtAllyNameAsync();

        var pick = await host.SayAsync("Zed Quorlix");
        var buttons = pick.Last().ButtonTitles();
        Assert.Equal(JourneyHost.Library.Audiences.Count, buttons.Count);

        var retry = await host.SayAsync("no clue");
        Assert.True(retry.Count == 1, retry.AllText());
        Assert.Equal(Words.Reprompt("allies", "ally-audience"), retry.Single().Text);
        await host.SayAsync("2");
        Assert.NotNull((await host.RecordAsync()).Plan.Allies.Last().AudienceId);
    }

    [Fact]
    public async Task Ask_KindPicked_AsksForTheSpecificThing()
    {
        using var host = await Journeys.FinishedAsync();
        await host.SayAsync(Words.Choice("menu", "main-menu", "jump-to"));
        await host.SayAsync(Words.Choice("menu", "jump-to", "exchange"));
        await host.SayAsync("more members");

        var detail = await host.SayAsync(Words.Choice("exchange", "ask", "money"));
        Assert.Equal("What exactly will you ask the county nurses' union for? One concrete thing, in a few words.", detail.Last().Text);
        await host.SayAsync("Cover printing for 500 leaflets");

        var ally = (await host.RecordAsync()).Plan.Allies[0];
        Assert.Equal("money", ally.AskKind);
        Assert.Equal("Cover printing for 500 leaflets", ally.Ask);
    }

    private static async Task<JourneyHost> AtAllyNameAsync()
    {
        var host = await Journeys.FinishedAsync();
        await host.SayAsync(Words.Choice("menu", "main-menu", "add-ally"));
        return host;
    }
}
