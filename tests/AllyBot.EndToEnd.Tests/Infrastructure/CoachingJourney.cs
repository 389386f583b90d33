namespace AllyBot.EndToEnd.Tests.Infrastructure;

/// <summary>One turn of a scripted conversation: what the user says (typed, or a suggested-action button to click) and a regex the bot's answer must match.</summary>
public sealed record JourneyStep(string Say, string Expect, bool ClickSuggestedAction = false);

/// <summary>
/// The conversation the end-to-end suites hold with the bot, in one place so every client (DirectLineJS,
/// Web Chat, the Agents Playground) walks the same path. INTEGRATOR: these steps follow the TEMPORARY starter
/// bot (goal, one ally, confirm); replace them when the coaching journey lands, and set <see cref="PlanCard"/>.
/// </summary>
public static class CoachingJourney
{
    /// <summary>The welcome, which must arrive before the user says anything.</summary>
    public const string Welcome = "AllyBot";

    /// <summary>Text (regex) inside the Adaptive Card that shows the finished plan; null while the journey has none.</summary>
    public static string? PlanCard { get; }

    public static IReadOnlyList<JourneyStep> Steps { get; } =
    [
        new("Get more people tested for HIV", "ally"),
        new("The county nurses' union", "Is that right"),
        new("Yes", "Noted", ClickSuggestedAction: true),
    ];
}
