using AllyBot.Builder.Dialogs;

namespace AllyBot.Builder.Tests.Dialogs;

public class ComponentDialogTests
{
    private readonly List<string> _ended = [];

    /// <summary>plan (interruptions: help, cancel) → planSteps → goal component (interruption: skip) → text prompt.</summary>
    private PlanDialog BuildPlan() => new(_ended);

    [Fact]
    public async Task NestedComponents_ResultBubblesFromInnerPromptToRoot()
    {
        var harness = new DialogHarness(BuildPlan());

        await harness.Flow()
            .Test("hi", "What is your goal?")
            .Test("More clinics", "Draft a pitch for \"More clinics\"?")
            .Test("yes", "Plan: More clinics (pitch: True)")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Equal(new PlanResult("More clinics", true), harness.LastResult.GetResult<PlanResult>());
        Assert.Equal(["goal:EndCalled", "plan:EndCalled"], _ended);
        Assert.Equal(0, await harness.StoredStackDepthAsync());
    }

    [Fact]
    public async Task OnContinueDialogAsync_Help_HandledThenInnermostPromptAskedAgain()
    {
        await new DialogHarness(BuildPlan()).Flow()
            .Test("hi", "What is your goal?")
            .Send("help")
            .AssertReply("A goal is the change you want to see.")
            .AssertReply("What is your goal?")
            .Test("Safer streets", "Draft a pitch for \"Safer streets\"?")
            .Send("HELP")
            .AssertReply("A goal is the change you want to see.")
            .AssertReply("Draft a pitch for \"Safer streets\"?")
            .Test("no", "Plan: Safer streets (pitch: False)")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelAllDialogsAsync_WithParentsFromInsideComponent_ClearsEveryStackAndNotifiesInnerDialogs()
    {
        var harness = new DialogHarness(BuildPlan());

        await harness.Flow()
            .Test("hi", "What is your goal?")
            .Send("cancel")
            .AssertNoReply(timeout: 20)
            .Test("hi", "What is your goal?")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, harness.Results[1].Status);
        Assert.Equal(["goal:CancelCalled", "plan:CancelCalled"], _ended); // innermost first
        Assert.Equal(1, await harness.StoredStackDepthAsync());
    }

    [Fact]
    public async Task CancelAllDialogsAsync_InnerOnly_EndsComponentAndParentResumesWithNull()
    {
        await new DialogHarness(BuildPlan()).Flow()
            .Test("hi", "What is your goal?")
            .Test("skip", "Draft a pitch for \"(none yet)\"?")
            .StartTestAsync();

        Assert.Equal(["goal:EndCalled"], _ended);
    }

    [Fact]
    public async Task BeginDialogAsync_ComponentWithoutDialogs_ThrowsClearError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogHarness(new ComponentDialog("empty")).Flow().Send("hi").StartTestAsync());

        Assert.Contains("AddDialog", error.Message);
    }

    [Fact]
    public void AddDialog_First_BecomesInitialDialogUnlessSet()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new TextPrompt("a")).AddDialog(new TextPrompt("b"));
        Assert.Equal("a", component.InitialDialogId);
        Assert.NotNull(component.FindDialog("b"));

        var explicitStart = new ComponentDialog("d") { InitialDialogId = "b" };
        explicitStart.AddDialog(new TextPrompt("a"));
        Assert.Equal("b", explicitStart.InitialDialogId);
    }

    public sealed record PlanResult(string? Goal, bool Pitch);

    /// <summary>A coaching-style topic: interruptions first, then the inner dialogs.</summary>
    private sealed class PlanDialog : ComponentDialog
    {
        private readonly List<string> _ended;

        public PlanDialog(List<string> ended)
            : base("plan")
        {
            _ended = ended;
            AddDialog(new WaterfallDialog("planSteps", [
                (step, ct) => step.BeginDialogAsync("goal", null, ct),
                (step, ct) =>
                {
                    step.Values.Set("goal", step.GetResult<string>());
                    return step.PromptAsync("confirm", Ask.Text($"Draft a pitch for \"{step.GetResult<string>() ?? "(none yet)"}\"?"), ct);
                },
                async (step, ct) =>
                {
                    var result = new PlanResult(step.Values.Get<string>("goal"), step.GetResult<bool>());
                    await step.Context.SendActivityAsync($"Plan: {result.Goal} (pitch: {result.Pitch})", cancellationToken: ct);
                    return await step.EndDialogAsync(result, ct);
                },
            ]));
            AddDialog(new GoalDialog(ended));
            AddDialog(new ConfirmPrompt("confirm"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("A goal is the change you want to see.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "cancel":
                    return await innerDc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }

        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            _ended.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }

    private sealed class GoalDialog : ComponentDialog
    {
        private readonly List<string> _ended;

        public GoalDialog(List<string> ended)
            : base("goal")
        {
            _ended = ended;
            AddDialog(new WaterfallDialog("goalSteps", [
                (step, ct) => step.PromptAsync("text", Ask.Text("What is your goal?"), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new TextPrompt("text"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default) =>
            innerDc.Context.Activity.Text == "skip"
                ? await innerDc.CancelAllDialogsAsync(cancellationToken)
                : await base.OnContinueDialogAsync(innerDc, cancellationToken);

        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            _ended.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
