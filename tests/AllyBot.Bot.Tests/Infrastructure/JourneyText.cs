using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.Content.Rendering;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>
/// What the coaching journey says, looked up in the shipped content library (so a wording change in the
/// library does not break the host's plumbing tests).
/// </summary>
public static class JourneyText
{
    public static readonly ContentLibrary Library = ContentLoader.Load();

    public static string Text(string step, string key, params (string Name, string? Value)[] values) =>
        Placeholders.Render(Library.Step(step).Text(key), values);

    public static string Question(string step, string id) => Library.Step(step).Question(id).Text;

    public static string Choice(string step, string question, string choice) => Library.Step(step).Question(question).Choice(choice).Title;

    public static IReadOnlyList<string> ChoiceTitles(string step, string question) =>
        Library.Step(step).Question(question).Choices.Select(c => c.Title).ToList();

    /// <summary>The first message on joining: greeting, how it works, privacy, commands (for a user named <paramref name="user"/>; null when the channel gives no name).</summary>
    public static string Welcome(string? user = "Ada") => string.Join("\n\n",
        Text("welcome", "greeting", ("user", user)),
        Text("welcome", "how-it-works"),
        Text("welcome", "privacy-note"),
        Text("welcome", "commands-hint"));

    /// <summary>The welcome as a terminal prints it: one line per paragraph.</summary>
    public static string[] WelcomeLines(string user) => Welcome(user).Split("\n\n");

    /// <summary>A question and its choices as the console prints them ("  1. Broad").</summary>
    public static string[] QuestionLines(string step, string id) =>
        [Question(step, id), .. ChoiceTitles(step, id).Select((title, i) => $"  {i + 1}. {title}")];

    /// <summary>What the goal topic opens with, then its first question.</summary>
    public static string GoalIntro() =>
        $"{Text("goal", "intro")} {Library.Step("goal").Tip("aim-high").Text}";
}
