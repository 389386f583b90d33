using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// Getting back on track (issue 7, "What people hit"): "continue" after a cancel or a menu detour, "Jump to a
/// part" landing on the first unfinished item, and a sentence that is clearly about a meeting checked with
/// the person instead of being saved as an answer.
/// </summary>
public sealed class ContinueAndPrepCheckTests
{
    private const string MeetingSentence = "I'm meeting the tenant union president in an hour, can you help me prep?";

    [Fact]
    public async Task MeetingSentence_AtAFreeTextQuestion_IsCheckedNotSaved_YesPrepsForThatPerson()
    {
        var (host, talk) = await AtSecondAllysAskAsync();
        using var _ = host;

        var check = await talk.SayAsync(MeetingSentence);
        Assert.Equal(Words.Question("interruptions", "confirm-prep"), check.Last().Text);
        Assert.Null((await host.RecordAsync()).Plan.Allies[1].Ask);

        var prep = await talk.SayAsync(Words.Choice("interruptions", "confirm-prep", "yes"));
        var brief = prep.Texts().Any(t => t.Contains("Three questions", StringComparison.Ordinal)) ? prep : await talk.SayAsync("Learn what their members need");
        var text = brief.Texts().Single(t => t.Contains("Three questions", StringComparison.Ordinal));
        Assert.Contains("tenant union president", text);
        Assert.DoesNotContain("in an hour", text);
        Assert.DoesNotContain("can you help me prep", text, StringComparison.OrdinalIgnoreCase);
        Assert.Null((await host.RecordAsync()).Plan.Allies[1].Ask);
        Assert.Equal(new Position("allies", "ask", 1), await host.CurrentAsync());
    }

    [Fact]
    public async Task MeetingSentence_AtAFreeTextQuestion_NoSavesItAsTheAnswer()
    {
        var (host, talk) = await AtSecondAllysAskAsync();
        using var _ = host;
        await talk.SayAsync("can you help me prep for the council hearing");

        await talk.SayAsync(Words.Choice("interruptions", "confirm-prep", "no"));

        Assert.Equal("can you help me prep for the council hearing", (await host.RecordAsync()).Plan.Allies[1].Ask);
        Assert.Equal(new Position("allies", "offer", 1), await host.CurrentAsync());
    }

    [Fact]
    public async Task ContinueWhereILeftOff_AtAFreeTextQuestion_IsNotSavedAndTheQuestionIsAskedAgain()
    {
        var (host, talk) = await AtSecondAllysAskAsync();
        using var _ = host;

        var again = await talk.SayAsync("continue where I left off");

        Assert.Null((await host.RecordAsync()).Plan.Allies[1].Ask);
        Assert.Equal(new Position("allies", "ask", 1), await host.CurrentAsync());
        Assert.Equal(Words.Text("resume", "resumed"), again.First().Text);
    }

    [Theory]
    [InlineData("continue where I left off")]
    [InlineData("continue")]
    public async Task Cancel_ThenContinue_ResumesAtTheNextUnansweredQuestionOfTheFirstUnfinishedAlly(string typed)
    {
        var (host, talk) = await AtSecondAllysAskAsync();
        using var _ = host;
        await talk.SayAsync("cancel");
        await talk.SayAsync(Words.Choice("interruptions", "confirm-cancel", "yes"));

        var resumed = await talk.SayAsync(typed);

        Assert.Equal(new Position("allies", "ask", 1), await host.CurrentAsync());
        Assert.Contains("Grace Free Clinic", resumed.Last().Text);
    }

    [Fact]
    public async Task MenuDetour_ContinueMyPlan_ResumesAtTheSameAlly()
    {
        var (host, talk) = await AtSecondAllysAskAsync();
        using var _ = host;
        var menu = await talk.SayAsync("menu");
        Assert.Contains(Words.Choice("menu", "main-menu", "continue"), menu.Last().ButtonTitles());

        await talk.SayAsync(Words.Choice("menu", "main-menu", "continue"));

        Assert.Equal(new Position("allies", "ask", 1), await host.CurrentAsync());
    }

    [Fact]
    public async Task JumpToAPart_ValueExchange_LandsOnTheFirstUnfinishedItemNotTheFinishedFirstAlly()
    {
        var (host, talk) = await AtSecondAllysAskAsync();
        using var _ = host;
        await talk.SayAsync("share two patient stories with the council");
        await talk.SayAsync("menu");
        await talk.SayAsync(Words.Choice("menu", "main-menu", "jump-to"));

        var landed = await talk.SayAsync(Words.Choice("menu", "jump-to", "exchange"));

        Assert.Equal(new Position("allies", "offer", 1), await host.CurrentAsync());
        Assert.Contains("Grace Free Clinic", landed.Last().Text);
        await talk.SayAsync("send student volunteers to your Saturday clinic");
        Assert.Equal(new Position("allies", "self-interest", 1), await host.CurrentAsync());
    }

    [Fact]
    public async Task JumpToAPart_FinishedPart_AsksWhichAllyAndShowsTheEarlierAnswer()
    {
        using var host = await Journeys.FinishedAsync();
        await host.SayAsync(Words.Choice("menu", "main-menu", "jump-to"));

        var which = await host.SayAsync(Words.Choice("menu", "jump-to", "exchange"));
        Assert.Equal(Words.Question("allies", "which-ally"), which.Last().Text);
        var ask = await host.SayAsync("the state medical society");

        Assert.Equal(new Position("allies", "ask", 2), await host.CurrentAsync());
        Assert.Contains($"{Words.Text("interruptions", "earlier-answer")} meet with us to hear our proposal", ask.Last().Text);
    }

    /// <summary>A full plan whose first ally (the county nurses' union) is done and whose second (Grace Free Clinic) is at its ask.</summary>
    private static async Task<(JourneyHost Host, Conversation Talk)> AtSecondAllysAskAsync()
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the county nurses' union");
        await AnswerReadingTests.FinishAllyAsync(talk);
        await talk.SayAsync("Grace Free Clinic");
        await talk.SayAsync(Words.Choice("allies", "stance", "active-ally"));
        await talk.SayAsync("Dr. Amir Haddad, medical director");
        Assert.Equal(new Position("allies", "ask", 1), await host.CurrentAsync());
        return (host, talk);
    }
}
