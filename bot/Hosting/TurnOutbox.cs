using AllyBot.Builder;
using AllyBot.Builder.Schema;

namespace AllyBot.Bot.Hosting;

/// <summary>
/// The replies of one run of a turn, held back until the turn's state is saved: a run that is thrown away (an
/// ETag conflict, unreadable state) or fails sends none of them, and a run that commits sends them in order.
/// A held reply gets a provisional id, so the bot can still update or delete it within the turn (then only
/// its final form, or nothing, is sent); the id is cleared before the channel gives it a real one.
/// </summary>
internal sealed class TurnOutbox
{
    private const string TurnStateKey = "AllyBot.TurnOutbox";
    private const string IdPrefix = "held-";

    private readonly List<Activity> _activities = [];
    private readonly string _turn = Guid.NewGuid().ToString("N")[..8];
    private int _count;

    public static TurnOutbox? Of(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(TurnStateKey, out var value) ? value as TurnOutbox : null;

    public static TurnOutbox OpenFor(ITurnContext turnContext)
    {
        var outbox = new TurnOutbox();
        turnContext.TurnState[TurnStateKey] = outbox;
        return outbox;
    }

    /// <summary>Holds the activity and returns its provisional id.</summary>
    public string Add(Activity activity)
    {
        activity.Id = $"{IdPrefix}{_turn}-{++_count}";
        _activities.Add(activity);
        return activity.Id;
    }

    /// <summary>Puts <paramref name="activity"/> in place of the held one with its id; false when none is held under it.</summary>
    public bool Replace(Activity activity)
    {
        var index = _activities.FindIndex(held => held.Id is not null && held.Id == activity.Id);
        if (index < 0)
            return false;
        _activities[index] = activity;
        return true;
    }

    /// <summary>Drops the held activity with <paramref name="activityId"/>; false when none is held under it.</summary>
    public bool Remove(string? activityId) => activityId is not null && _activities.RemoveAll(held => held.Id == activityId) > 0;

    /// <summary>The held activities in order, each without its provisional id, and empties the outbox.</summary>
    public IReadOnlyList<Activity> TakeAll()
    {
        var taken = _activities.ToList();
        _activities.Clear();
        foreach (var activity in taken.Where(a => a.Id?.StartsWith(IdPrefix, StringComparison.Ordinal) == true))
            activity.Id = null;
        return taken;
    }

    public void Clear() => _activities.Clear();
}
