using AllyBot.Builder.Dialogs;

namespace AllyBot.Builder.Tests.Dialogs;

public class TypedWaterfallTests
{
    private static ComponentDialog GoalComponent(WaterfallDialog<GoalDraft> waterfall)
    {
        var component = new ComponentDialog("goal");
        component.AddDialog(waterfall).AddDialog(new TextPrompt("text"));
        return component;
    }

    private static WaterfallDialog<GoalDraft> GoalWaterfall() => new WaterfallDialog<GoalDraft>("goalSteps")
        .AddStep((step, ct) => step.PromptAsync("text", Ask.Text("What is your goal?"), ct))
        .AddStep(async (step, ct) =>
        {
            step.State.Goal = step.GetResult<string>();
            step.State.Allies.Add("first ally");
            return await step.PromptAsync("text", Ask.Text($"Who else could help with \"{step.State.Goal}\"?"), ct);
        })
        .AddStep(async (step, ct) =>
        {
            // State comes back from JSON here; in-place changes are saved too.
            step.State.Allies.Add(step.GetResult<string>()!);
            step.State.Turns++;
            await step.Context.SendActivityAsync($"{step.State.Goal}: {string.Join(" + ", step.State.Allies)} ({step.State.Turns})", cancellationToken: ct);
            return await step.EndDialogAsync(step.State, ct);
        });

    [Fact]
    public async Task State_ChangedAcrossTurns_SurvivesJsonAndIsTheResult()
    {
        var harness = new DialogHarness(GoalComponent(GoalWaterfall()));

        await harness.Flow()
            .Test("hi", "What is your goal?")
            .Test("More vaccine clinics", "Who else could help with \"More vaccine clinics\"?")
            .Test("the school nurses", "More vaccine clinics: first ally + the school nurses (1)")
            .StartTestAsync();

        var result = harness.LastResult.GetResult<GoalDraft>()!;
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Equal("More vaccine clinics", result.Goal);
        Assert.Equal(["first ally", "the school nurses"], result.Allies);
    }

    [Fact]
    public async Task State_SecondRun_StartsFresh()
    {
        var harness = new DialogHarness(GoalComponent(GoalWaterfall()));

        await harness.Flow()
            .Test("hi", "What is your goal?").Test("A", "Who else could help with \"A\"?").Test("B", "A: first ally + B (1)")
            .Test("again", "What is your goal?").Test("C", "Who else could help with \"C\"?").Test("D", "C: first ally + D (1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task CreateState_Overridden_SeedsStateFromBeginOptions()
    {
        var waterfall = new SeededWaterfall();
        waterfall.AddStep(async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"goal so far: {step.State.Goal}", cancellationToken: ct);
            return Dialog.EndOfTurn;
        });
        var root = new WaterfallDialog("root", [(step, ct) => step.BeginDialogAsync("seeded", "Safer streets", ct)]);
        var component = new ComponentDialog("c");
        component.AddDialog(root).AddDialog(waterfall);

        await new DialogHarness(component).Flow().Test("hi", "goal so far: Safer streets").StartTestAsync();
    }

    public sealed class GoalDraft
    {
        public string? Goal { get; set; }

        public List<string> Allies { get; set; } = [];

        public int Turns { get; set; }
    }

    private sealed class SeededWaterfall() : WaterfallDialog<GoalDraft>("seeded")
    {
        protected internal override GoalDraft CreateState(object? options) => new() { Goal = options?.ToString() };
    }
}
