using AllyBot.Builder.Adapters;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.Schema;
using AllyBot.Builder.State;

namespace AllyBot.Builder.Tests.Dialogs;

public class DialogContextTests
{
    private static async Task<DialogContext> NewContextAsync(params Dialog[] dialogs)
    {
        var adapter = new TestAdapter(Channels.Test);
        var turn = new TurnContext(adapter, adapter.MakeActivity("hi"));
        var set = new DialogSet(new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("DialogState"));
        foreach (var dialog in dialogs)
            set.Add(dialog);
        return await set.CreateContextAsync(turn);
    }

    [Fact]
    public async Task ContinueDialogAsync_EmptyStack_ReturnsEmpty()
    {
        var dc = await NewContextAsync();

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
        Assert.Null(dc.ActiveDialog);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_ThrowsNamingTheId()
    {
        var dc = await NewContextAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("nowhere"));

        Assert.Contains("'nowhere'", error.Message);
    }

    [Fact]
    public async Task BeginDialogAsync_PushesInstanceOnTopAndChildSeesInnerStack()
    {
        var component = new ComponentDialog("topic");
        component.AddDialog(new TextPrompt("text"));
        var dc = await NewContextAsync(component);

        var result = await dc.BeginDialogAsync("topic", Ask.Text("Question?"));

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("topic", dc.ActiveDialog!.Id);
        Assert.Equal("text", dc.Child!.ActiveDialog!.Id);
        Assert.Same(dc, dc.Child.Parent);
        Assert.Null(dc.Child.Child);
    }

    [Fact]
    public void DialogSet_AddSameIdTwice_ThrowsUnlessSameInstance()
    {
        var prompt = new TextPrompt("text");
        var set = new DialogSet().Add(prompt).Add(prompt);

        Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("text")));
        Assert.Same(prompt, set.Find("text"));
        Assert.Null(set.Find("other"));
    }

    [Fact]
    public async Task DialogSet_WithoutAccessor_CannotCreateRootContext()
    {
        var adapter = new TestAdapter();
        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogSet().CreateContextAsync(new TurnContext(adapter, adapter.MakeActivity("hi"))));
    }

    [Fact]
    public async Task EndDialogAsync_ChildResult_ResumesParentStepWithIt()
    {
        var root = new WaterfallDialog("root", [
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            Ask.EchoResultAndEnd("parent got: "),
        ]);
        var child = new WaterfallDialog("child", [
            (step, ct) => step.PromptAsync("text", Ask.Text("Child asks"), ct),
            (step, ct) => step.EndDialogAsync($"child result from '{step.Result}'", ct),
        ]);
        var component = new ComponentDialog("c");
        component.AddDialog(root).AddDialog(child).AddDialog(new TextPrompt("text"));

        await new DialogHarness(component).Flow()
            .Test("hi", "Child asks")
            .Test("x", "parent got: child result from 'x'")
            .StartTestAsync();
    }

    [Fact]
    public async Task FindDialog_InnerStack_FallsBackToParentSets()
    {
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new WaterfallDialog("innerSteps", [(step, ct) => step.PromptAsync("sharedPrompt", Ask.Text("Asked by a dialog of the parent set"), ct), Ask.EchoResultAndEnd("")]));
        var outer = new ComponentDialog("outer");
        outer.AddDialog(inner).AddDialog(new TextPrompt("sharedPrompt"));

        await new DialogHarness(outer).Flow()
            .Test("hi", "Asked by a dialog of the parent set")
            .Test("fine", "fine")
            .StartTestAsync();
    }

    [Fact]
    public async Task ReplaceDialogAsync_SameDialog_LoopsUntilDoneWithoutGrowingStack()
    {
        var loop = new WaterfallDialog("collect", [
            (step, ct) => step.PromptAsync("text", Ask.Text($"Ally #{(step.GetOptions<List<string>>()?.Count ?? 0) + 1}? (say done)"), ct),
            async (step, ct) =>
            {
                var allies = step.GetOptions<List<string>>() ?? [];
                if (string.Equals(step.GetResult<string>(), "done", StringComparison.OrdinalIgnoreCase))
                {
                    await step.Context.SendActivityAsync($"Allies: {string.Join(", ", allies)}", cancellationToken: ct);
                    return await step.EndDialogAsync(allies, ct);
                }

                allies.Add(step.GetResult<string>()!);
                return await step.ReplaceDialogAsync("collect", allies, ct);
            },
        ]);
        var component = new ComponentDialog("c");
        component.AddDialog(loop).AddDialog(new TextPrompt("text"));
        var harness = new DialogHarness(component);

        await harness.Flow()
            .Test("hi", "Ally #1? (say done)")
            .Test("nurses", "Ally #2? (say done)")
            .Test("teachers", "Ally #3? (say done)")
            .StartTestAsync();
        var depthWhileLooping = (await harness.StoredDialogStateAsync()).GetProperty("dialogStack")[0]
            .GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack").GetArrayLength();
        await harness.Flow().Test("done", "Allies: nurses, teachers").StartTestAsync();

        Assert.Equal(2, depthWhileLooping); // the loop's waterfall + its prompt, however many rounds
        Assert.Equal(["nurses", "teachers"], harness.LastResult.GetResult<List<string>>());
    }

    [Fact]
    public async Task CancelAllDialogsAsync_AtRoot_ClearsStackAndNextMessageStartsOver()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.PromptAsync("text", Ask.Text("First question"), ct), Ask.EchoResultAndEnd("")]))
            .AddDialog(new TextPrompt("text"));
        var harness = new DialogHarness(component, beforeRun: async dc =>
            dc.Context.Activity.Text == "start over" ? await dc.CancelAllDialogsAsync() : null);

        await harness.Flow()
            .Test("hi", "First question")
            .Send("start over")
            .AssertNoReply(timeout: 20)
            .Test("hello again", "First question")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, harness.Results[1].Status);
    }

    [Fact]
    public async Task RepromptDialogAsync_ActivePrompt_SendsPromptAgain()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.PromptAsync("text", Ask.Text("Where were we?", "retry text"), ct), Ask.EchoResultAndEnd("")]))
            .AddDialog(new TextPrompt("text"));
        var harness = new DialogHarness(component, beforeRun: async dc =>
        {
            if (dc.Context.Activity.Text != "repeat")
                return null;
            await dc.RepromptDialogAsync();
            return Dialog.EndOfTurn;
        });

        await harness.Flow()
            .Test("hi", "Where were we?")
            .Test("repeat", "Where were we?")
            .Test("ok", "ok")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_ActiveDialogNoLongerRegistered_ThrowsClearError()
    {
        var storage = new MemoryStorage();
        var before = new ComponentDialog("c");
        before.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.PromptAsync("old", Ask.Text("q"), ct)])).AddDialog(new TextPrompt("old"));
        await new DialogHarness(before, storage).Flow().Test("hi", "q").StartTestAsync();

        // A new release renamed the prompt while a conversation was waiting on it.
        var after = new ComponentDialog("c");
        after.AddDialog(new TextPrompt("new"));
        var error = await Assert.ThrowsAsync<DialogStateException>(() => new DialogHarness(after, storage).Flow().Send("answer").StartTestAsync());

        Assert.Contains("'old'", error.Message);
    }
}
