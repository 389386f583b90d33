using AllyBot.Builder;
using AllyBot.Builder.Dialogs;
using AllyBot.Builder.State;

namespace AllyBot.Bot.Starter;

/// <summary>
/// TEMPORARY: the smallest journey that exercises the host end to end (prompts, typed waterfall state,
/// conversation and user state across turns and restarts). Asks the goal, one ally, then confirms.
/// The real coaching journey in dialogs/ replaces it.
/// </summary>
public sealed class StarterDialog : ComponentDialog
{
    private const string TextPromptId = "starter.text";
    private const string ConfirmPromptId = "starter.confirm";
    private readonly IStatePropertyAccessor<StarterPlan> _lastPlan;

    public StarterDialog(UserState userState)
        : base(nameof(StarterDialog))
    {
        _lastPlan = userState.CreateProperty<StarterPlan>("starterLastPlan");
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new WaterfallDialog<StarterPlan>("starter.steps")
            .AddStep(AskGoalAsync)
            .AddStep(AskAllyAsync)
            .AddStep(ConfirmAsync)
            .AddStep(FinishAsync));
        InitialDialogId = "starter.steps";
    }

    private static Task<DialogTurnResult> AskGoalAsync(WaterfallStepContext<StarterPlan> step, CancellationToken cancellationToken) =>
        step.PromptAsync(TextPromptId, new PromptOptions { Prompt = MessageFactory.Text(StarterText.AskGoal) }, cancellationToken);

    private static Task<DialogTurnResult> AskAllyAsync(WaterfallStepContext<StarterPlan> step, CancellationToken cancellationToken)
    {
        step.State.Goal = step.GetResult<string>();
        return step.PromptAsync(TextPromptId, new PromptOptions { Prompt = MessageFactory.Text(StarterText.AskAlly) }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<StarterPlan> step, CancellationToken cancellationToken)
    {
        step.State.Ally = step.GetResult<string>();
        return step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(StarterText.Confirm(step.State.Goal!, step.State.Ally!)),
            RetryPrompt = MessageFactory.Text(StarterText.RetryConfirm),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<StarterPlan> step, CancellationToken cancellationToken)
    {
        if (!step.GetResult<bool>())
        {
            await step.Context.SendActivityAsync(StarterText.Restart, cancellationToken: cancellationToken);
            return await step.ReplaceDialogAsync(InitialDialogId!, cancellationToken: cancellationToken);
        }

        await _lastPlan.SetAsync(step.Context, new StarterPlan { Goal = step.State.Goal, Ally = step.State.Ally }, cancellationToken);
        await step.Context.SendActivityAsync(StarterText.Done(step.State.Goal!, step.State.Ally!), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(step.State, cancellationToken);
    }
}
