namespace AllyBot.Bot.Starter;

/// <summary>
/// TEMPORARY wording of the starter bot, kept in one place so it is obviously not the coaching content:
/// the curated content library (content/library) and the coaching journey (dialogs/) replace all of it.
/// </summary>
internal static class StarterText
{
    public const string Welcome = "Hi, I'm AllyBot. I help you find allies for your health or social-change goal.";
    public const string AskGoal = "What goal are you working toward?";
    public const string AskAlly = "Who is one potential ally who might share that goal?";
    public const string RetryConfirm = "Please answer yes or no.";
    public const string Restart = "No problem, let's start again.";

    public static string Confirm(string goal, string ally) => $"Your goal: {goal}. One ally: {ally}. Is that right?";

    public static string Done(string goal, string ally) => $"Noted: {ally} as an ally for \"{goal}\". Send any message to plan another goal.";
}
