namespace AllyBot.Dialogs.Plan;

/// <summary>The journeys a new user chooses between (choice ids of the library's welcome/start question).</summary>
public static class JourneyPaths
{
    /// <summary>One ally, only what its pitch needs; it can become the start of a full plan.</summary>
    public const string QuickPitch = "quick-pitch";

    /// <summary>Goal, brainstorm, every ally with its pitch, keeping the coalition together.</summary>
    public const string FullPlan = "full-plan";

    public const string MeetingPrep = "meeting-prep";
}
