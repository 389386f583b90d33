using AllyBot.Content.Model;

namespace AllyBot.Dialogs.Topics;

/// <summary>The order of the whole journey. Topic ids are the library's step ids (<see cref="JourneySteps"/>).</summary>
public static class JourneyTopics
{
    /// <summary>The whole journey, in order.</summary>
    public static readonly IReadOnlyList<string> Journey =
        [JourneySteps.Goal, JourneySteps.Allies, JourneySteps.Contact, JourneySteps.Exchange, JourneySteps.Pitches, JourneySteps.Sustain];

    public static string? After(string topic)
    {
        var index = Journey.ToList().IndexOf(topic);
        return index >= 0 && index + 1 < Journey.Count ? Journey[index + 1] : null;
    }
}
