using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// Choice answers the journey relies on the shared recognizer (builder/Dialogs/Choices) to understand: typos
/// of one or two letters in longer words, and an option inside a longer sentence (issue 7, "What people hit").
/// </summary>
public sealed class ChoiceUnderstandingTests
{
    [Theory]
    [InlineData("broad", "broad")]
    [InlineData("estrecho", "narrow")]
    [InlineData("narow", "narrow")]
    public async Task Scope_TypedWithATypo_IsUnderstood(string typed, string scope)
    {
        using var host = await Journeys.FinishedAsync();
        await host.SayAsync(Words.Choice("menu", "main-menu", "jump-to"));
        await host.SayAsync(Words.Choice("menu", "jump-to", "goal"));
        for (var i = 0; i < 8 && (await host.CurrentAsync())!.Question != "scope"; i++)
            await host.SayAsync((await host.CurrentAsync())!.Question == "largest-goal" ? "Single-payer health insurance for everyone in our state" : "skip");
        Assert.Equal("scope", (await host.CurrentAsync())!.Question);

        await host.SayAsync(typed);

        Assert.Equal(scope, (await host.RecordAsync()).Plan.Goal.Scope);
    }

    [Theory]
    [InlineData("Committed", "committed")]
    [InlineData("maybe just lip service", "lip-service")]
    [InlineData("commited", "committed")]
    public async Task Commitment_TypedWithATypo_IsUnderstood(string typed, string commitment)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("the transit workers union");
        using var _ = host;
        foreach (var answer in new[] { Words.Choice("allies", "stance", "neutral"), "Marcus Lee, local president", "testify at the hearing", "bring tenants to your rally", "go with that" })
            await talk.SayAsync(answer);
        await talk.SayAsync(Words.Choice("pitches", "tweak", "keep-deeper").Replace("{ally}", "the transit workers union", StringComparison.Ordinal));
        for (var i = 0; i < 10 && (await host.CurrentAsync())!.Question != "commitment-check"; i++)
            await talk.SayAsync("skip");
        Assert.Equal("commitment-check", (await host.CurrentAsync())!.Question);

        await talk.SayAsync(typed);

        Assert.Equal(commitment, (await host.RecordAsync()).Plan.Allies[0].Commitment);
    }

    [Theory]
    [InlineData("Neutral", "neutral")]
    [InlineData("they support it but haven't done anything", "passive-ally")]
    [InlineData("she's neutral, she says nice things", "neutral")]
    public async Task Stance_InsideALongerAnswer_IsUnderstood(string typed, string stance)
    {
        var (host, talk) = await Journeys.AtFirstAllyAsync("Commissioner Alvarez");
        using var _ = host;

        await talk.SayAsync(typed);

        Assert.Equal(stance, (await host.RecordAsync()).Plan.Allies[0].Stance);
    }
}
