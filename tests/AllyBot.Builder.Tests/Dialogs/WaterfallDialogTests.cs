using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;

namespace AllyBot.Builder.Tests.Dialogs;

public class WaterfallDialogTests
{
    [Fact]
    public async Task RunAsync_ThreeSteps_RunInOrderOneTurnEachThenRestart()
    {
        var dialog = new WaterfallDialog("w", [
            async (step, ct) => { await step.Context.SendActivityAsync($"step 1 (index {step.Index}, {step.Reason})", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync($"step 2 got {step.GetResult<string>()} ({step.Reason})", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync($"step 3 got {step.GetResult<string>()}", cancellationToken: ct); return await step.EndDialogAsync("done", ct); },
        ]);
        var harness = new DialogHarness(dialog);

        await harness.Flow()
            .Test("hi", "step 1 (index 0, BeginCalled)")
            .Test("a", "step 2 got a (ContinueCalled)")
            .Test("b", "step 3 got b")
            .Test("again", "step 1 (index 0, BeginCalled)")
            .StartTestAsync();

        Assert.Equal([DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Waiting], harness.Results.Select(r => r.Status));
        Assert.Equal("done", harness.Results[2].GetResult<string>());
    }

    [Fact]
    public async Task NextAsync_SkipsAheadInSameTurn_WithResultAndReason()
    {
        var dialog = new WaterfallDialog("w", [
            (step, ct) => step.NextAsync("skipped ahead", ct),
            async (step, ct) => { await step.Context.SendActivityAsync($"{step.GetResult<string>()} ({step.Reason}, index {step.Index})", cancellationToken: ct); return Dialog.EndOfTurn; },
        ]);

        await new DialogHarness(dialog).Flow()
            .Test("hi", "skipped ahead (NextCalled, index 1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_PastLastStep_EndsDialogWithThatResult()
    {
        var dialog = new WaterfallDialog("w", [(step, ct) => step.NextAsync(42, ct)]);
        var harness = new DialogHarness(dialog);

        await harness.Flow().Send("hi").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Equal(42, harness.LastResult.GetResult<int>());
        Assert.Equal(0, await harness.StoredStackDepthAsync());
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        var dialog = new WaterfallDialog("w", [
            async (step, ct) => { await step.NextAsync(null, ct); return await step.NextAsync(null, ct); },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogHarness(dialog).Flow().Send("hi").StartTestAsync());

        Assert.Contains("more than once", error.Message);
    }

    [Fact]
    public async Task Values_SetInOneTurn_ReadTypedInLaterTurnsAndInPlaceChangesPersist()
    {
        var dialog = new WaterfallDialog("w", [
            async (step, ct) =>
            {
                step.Values.Set("count", 1);
                step.Values.Set("allies", new List<string> { "nurses' union" });
                await step.Context.SendActivityAsync("first", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                // Restored from JSON: typed on read, and the list read here is the object that gets saved.
                var allies = step.Values.Get<List<string>>("allies")!;
                allies.Add(step.GetResult<string>()!);
                step.Values.Set("count", step.Values.Get<int>("count") + 1);
                await step.Context.SendActivityAsync("second", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                var allies = step.Values.Get<List<string>>("allies")!;
                await step.Context.SendActivityAsync($"{step.Values.Get<int>("count")}: {string.Join(", ", allies)}; missing={step.Values.Get("missing", "none")}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        await new DialogHarness(dialog).Flow()
            .Test("hi", "first")
            .Test("city council", "second")
            .Test("go", "2: nurses' union, city council; missing=none")
            .StartTestAsync();
    }

    [Fact]
    public async Task GetOptions_BeginOptionsAfterTurnBoundary_ConvertToType()
    {
        var root = new WaterfallDialog("root", [(step, ct) => step.BeginDialogAsync("child", new Audience("Health department", 3), ct)]);
        var child = new WaterfallDialog("child", [
            async (step, ct) => { await step.Context.SendActivityAsync($"now: {step.GetOptions<Audience>()!.Name}", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { var a = step.GetOptions<Audience>()!; await step.Context.SendActivityAsync($"later: {a.Name} x{a.Size}", cancellationToken: ct); return Dialog.EndOfTurn; },
        ]);
        var set = new ComponentDialog("c");
        set.AddDialog(root).AddDialog(child);

        await new DialogHarness(set).Flow()
            .Test("hi", "now: Health department")
            .Test("next", "later: Health department x3")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_NonMessageActivity_LeavesWaterfallWaiting()
    {
        var dialog = new WaterfallDialog("w", [
            async (step, ct) => { await step.Context.SendActivityAsync("first", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync($"second: {step.Result}", cancellationToken: ct); return Dialog.EndOfTurn; },
        ]);
        var harness = new DialogHarness(dialog);

        await harness.Flow()
            .Test("hi", "first")
            .Send(new Activity { Type = ActivityTypes.Typing })
            .AssertNoReply(timeout: 20)
            .Test("answer", "second: answer")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[1].Status);
    }

    [Fact]
    public void Constructor_NullStep_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WaterfallDialog("w", [null!]));
    }

    private sealed record Audience(string Name, int Size);
}
