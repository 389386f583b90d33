using AllyBot.Builder.Dialogs;

namespace AllyBot.Builder.Tests.Dialogs;

public class NumberPromptTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("about 40 people", 40)]
    [InlineData("1,500", 1500)]
    [InlineData("seven", 7)]
    [InlineData("-3", -3)]
    public void TryRecognize_Int_ReadsFirstNumber(string text, int expected)
    {
        Assert.True(NumberPrompt<int>.TryRecognize(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("a few")]
    [InlineData("2.5")]
    [InlineData("")]
    public void TryRecognize_IntNotANumberOrFraction_Fails(string text)
    {
        Assert.False(NumberPrompt<int>.TryRecognize(text, out _));
    }

    [Fact]
    public void TryRecognize_Decimal_KeepsFraction()
    {
        Assert.True(NumberPrompt<decimal>.TryRecognize("2.5 hours", out var value));
        Assert.Equal(2.5m, value);
    }

    [Fact]
    public async Task PromptAsync_NumberThenRange_ValidatorEnforcesRange()
    {
        var prompt = new NumberPrompt<int>("number", (ctx, ct) => Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value is > 0 and <= 100));
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("number", Ask.Text("How many members?", "A number from 1 to 100, please."), ct),
            async (step, ct) => { await step.Context.SendActivityAsync($"members: {step.GetResult<int>() * 2 / 2}", cancellationToken: ct); return await step.EndDialogAsync(null, ct); },
        ])).AddDialog(prompt);

        await new DialogHarness(component).Flow()
            .Test("hi", "How many members?")
            .Test("lots", "A number from 1 to 100, please.")
            .Test("500", "A number from 1 to 100, please.")
            .Test("we have 25", "members: 25")
            .StartTestAsync();
    }
}
