using System.Text.RegularExpressions;
using AllyBot.Content.Loading;
using AllyBot.Content.Model;
using AllyBot.Content.Rendering;

namespace AllyBot.EndToEnd.Tests.Infrastructure;

/// <summary>One turn of a scripted conversation: what the user says (typed, or a suggested-action button to click) and a regex the bot's answer must match.</summary>
public sealed record JourneyStep(string Say, string Expect, bool ClickSuggestedAction = false);

/// <summary>
/// The conversation the end-to-end suites hold with the real coaching journey, in one place so every client
/// (DirectLineJS, Web Chat, the Agents Playground) walks the same path: the shortest honest way to a plan card.
/// A new user picks a full plan (a button), gives a name (typed), gets the goal as a card form (these
/// channels render card inputs) and types the goal instead (typing keeps working at a form: the rest is
/// asked one question at a time), types the problem, then asks for their plan at the next question ("plan"
/// works at every question), which shows the plan as an Adaptive Card. What the bot says is looked up in the
/// shipped content library, so a wording change there does not break these suites. The patterns are regex
/// sources that .NET and JavaScript read alike.
/// </summary>
public static class CoachingJourney
{
    private static readonly ContentLibrary Library = ContentLoader.Load();

    /// <summary>The name the user gives in the first answer.</summary>
    public const string Chapter = "Riverside AMSA chapter";

    /// <summary>The goal the user types; the plan card and the <c>allybot.plan</c> event must carry it.</summary>
    public const string Goal = "Single-payer health insurance in our state";

    /// <summary>The problem the user types; the <c>allybot.plan</c> event's <c>goal.issue</c>.</summary>
    public const string Issue = "Too many patients delay care because of cost";

    /// <summary>The welcome (a pattern), which must arrive before the user says anything: its "how it works" paragraph, which names nobody.</summary>
    public static string Welcome { get; } = Pattern(Text("welcome", "how-it-works"));

    /// <summary>The first question (a pattern), which follows the welcome; the first step answers it.</summary>
    public static string FirstQuestion { get; } = Pattern(Question("welcome", "start"));

    /// <summary>Text (a pattern) inside the Adaptive Card that shows the plan: its title, the typed goal and the typed problem.</summary>
    public static string? PlanCard { get; } =
        $@"{Pattern(Text("plan", "title"))}[\s\S]*{Pattern(Goal)}[\s\S]*{Pattern(Issue)}";

    /// <summary>The question open when the user asks for the plan (a pattern); it is asked again after the card.</summary>
    public static string QuestionAtPlan { get; } = Pattern(Question("goal", "solution"));

    public static IReadOnlyList<JourneyStep> Steps { get; } =
    [
        new(Choice("welcome", "start", "full-plan"), Pattern(Question("welcome", "your-name")), ClickSuggestedAction: true),
        // The goal comes as a card form (the message's text is the form's question) ...
        new(Chapter, Pattern(Question("goal", "goal-form"))),
        // ... and typing instead answers its first question; the rest come one at a time.
        new(Goal, Pattern(Question("goal", "issue"))),
        new(Issue, QuestionAtPlan),
        // The plan command at the open question: the card comes with this text, then the question again.
        new("plan", Pattern(Text("interruptions", "plan-header", ("goal", Goal)))),
    ];

    private static string Text(string step, string key, params (string Name, string? Value)[] values) =>
        Placeholders.Render(Library.Step(step).Text(key), values);

    private static string Question(string step, string id) => Library.Step(step).Question(id).Text;

    private static string Choice(string step, string question, string choice) => Library.Step(step).Question(question).Choice(choice).Title;

    /// <summary>
    /// The text as a regex source that matches it literally in .NET and in JavaScript (Node, Chromium): special
    /// characters escaped, and an apostrophe matching a typographic one too, in case a client prettifies it.
    /// </summary>
    private static string Pattern(string text) =>
        Regex.Escape(text).Replace(@"\ ", " ", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal);
}
