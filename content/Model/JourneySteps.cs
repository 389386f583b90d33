namespace AllyBot.Content.Model;

/// The coaching steps the library must hold, in journey order (plus the on-demand ones).
public static class JourneySteps
{
    public const string Welcome = "welcome";
    public const string Menu = "menu";
    public const string Goal = "goal";
    public const string Allies = "allies";
    public const string Contact = "contact";
    public const string Exchange = "exchange";
    public const string Pitches = "pitches";
    public const string Sustain = "sustain";
    public const string Prep = "prep";
    public const string Interruptions = "interruptions";
    public const string Resume = "resume";

    public static readonly IReadOnlyList<string> All =
        [Welcome, Menu, Goal, Allies, Contact, Exchange, Pitches, Sustain, Prep, Interruptions, Resume];
}
