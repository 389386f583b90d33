using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Dialogs;

public class TextPromptTests
{
    private static ComponentDialog AskThenEcho(Prompt<string> prompt, PromptOptions options)
    {
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            Ask.EchoResultAndEnd("you said: "),
        ]));
        component.AddDialog(prompt);
        return component;
    }

    [Fact]
    public async Task PromptAsync_Answer_ReturnsTextToNextStep()
    {
        await new DialogHarness(AskThenEcho(new TextPrompt("text"), Ask.Text("What is your goal?"))).Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal("What is your goal?", reply.Text);
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
            })
            .Test("More vaccine clinics", "you said: More vaccine clinics")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_Rejects_SendsRetryPromptThenAcceptsValidAnswer()
    {
        var prompt = new TextPrompt("text", (ctx, ct) => Task.FromResult(ctx.Recognized.Value!.Trim().Length >= 5));

        await new DialogHarness(AskThenEcho(prompt, Ask.Text("What is your goal?", "Say a bit more: what should change?"))).Flow()
            .Test("hi", "What is your goal?")
            .Test("x", "Say a bit more: what should change?")
            .Test("   ", "Say a bit more: what should change?")
            .Test("Fewer ER visits", "you said: Fewer ER visits")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_NoRetryPrompt_FallsBackToPrompt()
    {
        var prompt = new TextPrompt("text", (ctx, ct) => Task.FromResult(ctx.Recognized.Value == "ok"));

        await new DialogHarness(AskThenEcho(prompt, Ask.Text("Type ok"))).Flow()
            .Test("hi", "Type ok")
            .Test("nope", "Type ok")
            .Test("ok", "you said: ok")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_SendsOwnMessage_ReplacesRetryPromptAndSeesAttemptCount()
    {
        var seen = new List<int>();
        var prompt = new TextPrompt("text", async (ctx, ct) =>
        {
            seen.Add(ctx.AttemptCount);
            if (ctx.Recognized.Value!.Contains('@'))
                return true;
            await ctx.Context.SendActivityAsync($"Attempt {ctx.AttemptCount}: that doesn't look like an email address.", cancellationToken: ct);
            return false;
        });

        await new DialogHarness(AskThenEcho(prompt, Ask.Text("Your email?", "Retry text that must not appear"))).Flow()
            .Test("hi", "Your email?")
            .Test("nope", "Attempt 1: that doesn't look like an email address.")
            .Test("still no", "Attempt 2: that doesn't look like an email address.")
            .Test("ada@example.org", "you said: ada@example.org")
            .StartTestAsync();

        Assert.Equal([1, 2, 3], seen);
    }

    [Fact]
    public async Task Validator_StateAndValidations_PersistAcrossTurns()
    {
        var prompt = new TextPrompt("text", (ctx, ct) =>
        {
            var rejected = ctx.State.GetOrAdd("rejected", () => new List<string>());
            var minimum = ctx.Options.GetValidations<LengthRule>()!.Min;
            if (ctx.Recognized.Value!.Length >= minimum)
                return Task.FromResult(true);
            rejected.Add(ctx.Recognized.Value);
            return Task.FromResult(false);
        });
        var options = Ask.Text("Describe it", "Longer, please");
        options.Validations = new LengthRule(6);
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.PromptAsync("text", options, ct), Ask.EchoResultAndEnd("ok: ")])).AddDialog(prompt);
        var harness = new DialogHarness(component);

        await harness.Flow()
            .Test("hi", "Describe it")
            .Test("abc", "Longer, please")
            .Test("abcd", "Longer, please")
            .StartTestAsync();

        var promptState = (await harness.StoredDialogStateAsync()).GetProperty("dialogStack")[0]
            .GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack")[0].GetProperty("state").GetProperty("state");
        Assert.Equal(2, promptState.GetProperty("AttemptCount").GetInt32());
        Assert.Equal(["abc", "abcd"], promptState.GetProperty("rejected").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task MaxAttempts_Exhausted_EndsWithNotRecognizedSoCallerCanRecover()
    {
        var prompt = new TextPrompt("text", (ctx, ct) => Task.FromResult(int.TryParse(ctx.Recognized.Value, out _)));
        var options = Ask.Text("How many members?", "Please type a number.");
        options.MaxAttempts = 2;
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("text", options, ct),
            async (step, ct) =>
            {
                if (step.PromptNotRecognized)
                {
                    var gaveUp = (PromptNotRecognizedResult)step.Result!;
                    await step.Context.SendActivityAsync($"No problem, let's skip that ({gaveUp.PromptId} after {gaveUp.AttemptCount}, last '{gaveUp.LastInput}').", cancellationToken: ct);
                    Assert.Null(step.GetResult<string>());
                    return await step.EndDialogAsync(null, ct);
                }

                return await step.EndDialogAsync(step.Result, ct);
            },
        ])).AddDialog(prompt);
        var harness = new DialogHarness(component);

        await harness.Flow()
            .Test("hi", "How many members?")
            .Test("lots", "Please type a number.")
            .Test("many", "No problem, let's skip that (text after 2, last 'many').")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Equal(0, await harness.StoredStackDepthAsync());
    }

    [Fact]
    public async Task MaxAttempts_SetOnPrompt_AppliesWhenOptionsDoNotSay()
    {
        var prompt = new TextPrompt("text", (ctx, ct) => Task.FromResult(false)) { MaxAttempts = 1 };

        var harness = new DialogHarness(AskThenEcho(prompt, Ask.Text("Anything?")));

        await harness.Flow()
            .Test("hi", "Anything?")
            .Test("something", "you said: (gave up)")
            .StartTestAsync();

        Assert.True(harness.LastResult.PromptNotRecognized);
        Assert.Null(harness.LastResult.GetResult<string>());
    }

    [Fact]
    public async Task BeginDialogAsync_WithoutPromptOptions_Throws()
    {
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("text", "not options", ct)])).AddDialog(new TextPrompt("text"));

        await Assert.ThrowsAsync<ArgumentException>(() => new DialogHarness(component).Flow().Send("hi").StartTestAsync());
    }

    [Fact]
    public async Task PromptAsync_StoredOptionsNotMutatedBySending()
    {
        var options = Ask.Text("Question");
        var component = AskThenEcho(new TextPrompt("text"), options);

        await new DialogHarness(component).Flow().Test("hi", "Question").StartTestAsync();

        Assert.Equal(InputHints.AcceptingInput, options.Prompt!.InputHint);
    }

    private sealed record LengthRule(int Min);
}
