using AllyBot.Builder.State;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>Free text that fits no choice gets a helpful re-prompt, never a dead end; audience matches can be corrected.</summary>
public sealed class FreeTextTests
{
    [Fact]
    public async Task ChoiceQuestion_AnswerFitsNoChoice_RepromptsWithTheChoicesThenExplains()
    {
        using var host = new JourneyHost(new MemoryStorage());
        await host.SayAsync("hi");

        var first = await host.SayAsync("purple elephants");
        Assert.Equal(Words.Reprompt("welcome", "start"), first.Single().Text);
        Assert.Equal(JourneyHost.Library.Step("welcome").Question("start").Choices.Select(c => c.Title), first.Single().ButtonTitles());

        await host.SayAsync("bananas");
        var third = await host.SayAsync("bicycles");
        Assert.Contains(third.Texts(), t => t.Contains(JourneyHost.Library.Step("welcome").Question("start").Help, StringComparison.Ordinal));
        Assert.Equal(Words.Question("welcome", "start"), third.Last().Text);

        var answered = await host.SayAsync("the whole plan");
        Assert.Equal(Words.Question("welcome", "your-name"), answered.Last().Text);
    }

    [Fact]
    public async Task AllyName_Matched_SaysWhichProfileAndTheUserCorrectsIt()
    {
        using var host = await AtAllyNameAsync();

        var guess = await host.SayAsync("Moms Against Asthma");
        Assert.StartsWith("I'll write for *Moms Against Asthma* as I would for **patients and families**.", guess.Last().Text);

        var candidates = await host.SayAsync("no");
        Assert.DoesNotContain("patients and families", candidates.Last().ButtonTitles());
        var all = candidates.Last().ButtonTitles().Contains(Words.Choice("allies", "audience-candidates", "something-else"))
            ? await host.SayAsync(Words.Choice("allies", "audience-candidates", "something-else"))
            : candidates;
        Assert.Equal(JourneyHost.Library.Audiences.Count, all.Last().ButtonTitles().Count);
        await host.SayAsync("faith communities");
        var next = await host.SayAsync(Words.Choice("allies", "stance", "neutral"));

        Assert.Equal("Added Moms Against Asthma (faith communities) to your plan.", next.First().Text);
        Assert.Equal("faith-communities", (await host.RecordAsync()).Plan.Allies.Last().AudienceId);
    }

    [Fact]
    public async Task AllyName_NotRecognized_OffersEveryProfileAndNeverDeadEnds()
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
    public async Task Ask_TypedWithItsSentenceFrame_KeepsOnlyTheWordsThatFinishIt()
    {
        using var host = await AtAllyNameAsync();
        await host.SayAsync("the transit workers union");
        await host.SayAsync(Words.Choice("allies", "stance", "active-ally"));
        await host.SayAsync("Marcus Lee, local president");

        await host.SayAsync("Would you be willing to speak at the council hearing?");
        await host.SayAsync("In return, we can bring tenants to your next rally");

        var ally = (await host.RecordAsync()).Plan.Allies.Last();
        Assert.Equal("speak at the council hearing", ally.Ask);
        Assert.Equal("bring tenants to your next rally", ally.Offer);
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    [InlineData("idk")]
    [InlineData("yes")]
    public async Task Ask_NoAnswerYet_OffersTheAudiencesTypicalAsksAndStoresNothing(string typed)
    {
        using var host = await AtAllyNameAsync();
        await host.SayAsync("the transit workers union");
        await host.SayAsync(Words.Choice("allies", "stance", "active-ally"));
        await host.SayAsync("Marcus Lee, local president");

        var ideas = await host.SayAsync(typed);

        var union = JourneyHost.Library.Audience("labor-unions");
        Assert.Contains(union.Asks[0], ideas.AllText());
        Assert.Null((await host.RecordAsync()).Plan.Allies.Last().Ask);
        Assert.Equal(new Position("allies", "ask", 3), await host.CurrentAsync());
    }

    private static async Task<JourneyHost> AtAllyNameAsync()
    {
        var host = await Journeys.FinishedAsync();
        await host.SayAsync(Words.Choice("menu", "main-menu", "add-ally"));
        return host;
    }
}
