namespace AllyBot.Dialogs.Topics;

/// <summary>Topic ids (the library's step ids) and the order of the whole journey.</summary>
public static class JourneyTopics
{
    public const string Welcome = "welcome";
    public const string Menu = "menu";
    public const string Resume = "resume";
    public const string Goal = "goal";
    public const string Allies = "allies";
    public const string Contact = "contact";
    public const string Exchange = "exchange";
    public const string Pitches = "pitches";
    public const string Sustain = "sustain";
    public const string Prep = "prep";

    /// <summary>The whole journey, in order.</summary>
    public static readonly IReadOnlyList<string> Journey = [Goal, Allies, Contact, Exchange, Pitches, Sustain];

    public static string? After(string topic)
    {
        var index = Journey.ToList().IndexOf(topic);
        return index >= 0 && index + 1 < Journey.Count ? Journey[index + 1] : null;
    }
}
