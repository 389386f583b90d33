using AllyBot.Builder;
using AllyBot.Builder.State;

namespace AllyBot.Dialogs.Plan;

/// <summary>
/// Typed access to this turn's <see cref="JourneyRecord"/>. Within a turn every call returns the same object,
/// so dialogs change it in place and the turn handler saves it once at the end.
/// </summary>
public sealed class JourneyStore
{
    public const string PropertyName = "journey";
    private const string DeletionRequestedKey = "AllyBot.DeletionRequested";

    private readonly IStatePropertyAccessor<JourneyRecord> _record;

    public JourneyStore(PlanState planState)
    {
        State = planState ?? throw new ArgumentNullException(nameof(planState));
        _record = planState.CreateProperty<JourneyRecord>(PropertyName);
    }

    public PlanState State { get; }

    public Task<JourneyRecord> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        _record.GetAsync(turnContext, () => new JourneyRecord(), cancellationToken);

    /// <summary>Asks the turn handler to erase everything about the user once the turn's replies are sent.</summary>
    public static void RequestDeletion(ITurnContext turnContext) => turnContext.TurnState[DeletionRequestedKey] = true;

    public static bool DeletionRequested(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(DeletionRequestedKey);
}
