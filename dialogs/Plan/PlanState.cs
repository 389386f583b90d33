using AllyBot.Builder;
using AllyBot.Builder.State;

namespace AllyBot.Dialogs.Plan;

/// <summary>The bot state that holds the <see cref="JourneyRecord"/>, keyed per user or per group conversation (see <see cref="PlanScope"/>).</summary>
public sealed class PlanState(IStorage storage) : BotState(storage, nameof(PlanState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return PlanScope.StorageKey(turnContext.Activity);
    }
}
