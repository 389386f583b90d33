using AllyBot.Content.Model;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// The order of the whole journey, and which topic holds each part of the plan ("Jump to a part"). Topic ids
/// are the library's step ids (<see cref="JourneySteps"/>); the allies topic asks the contact, exchange and
/// pitch questions of each ally too.
/// </summary>
public static class JourneyTopics
{
    /// <summary>The whole journey, in order.</summary>
    public static readonly IReadOnlyList<string> Journey = [JourneySteps.Goal, JourneySteps.Allies, JourneySteps.Sustain];

    /// <summary>The parts of the plan one can jump to, each asked about in one topic.</summary>
    public static string TopicOf(string part) => part switch
    {
        JourneySteps.Contact or JourneySteps.Exchange or JourneySteps.Pitches => JourneySteps.Allies,
        _ => part,
    };

    public static string? After(string topic)
    {
        var index = Journey.ToList().IndexOf(topic);
        return index >= 0 && index + 1 < Journey.Count ? Journey[index + 1] : null;
    }
}
