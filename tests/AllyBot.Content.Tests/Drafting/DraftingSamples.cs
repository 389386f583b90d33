using AllyBot.Content.Drafting;
using AllyBot.Content.Model;

namespace AllyBot.Content.Tests.Drafting;

/// Pitch requests built from the shipped scenarios, plus deliberately oversized input.
internal static class DraftingSamples
{
    public static PitchRequest FromScenario(string scenarioId, int allyIndex, PitchAngle angle = PitchAngle.CommonValues) =>
        ScenarioRequest.For(TestLibrary.Shipped.Scenario(scenarioId), allyIndex, angle);

    public static string Rambling(string topic, int sentences) =>
        string.Join(" ", Enumerable.Range(1, sentences).Select(i =>
            $"Point {i} about {topic} is that it matters a great deal to many people in our city, for many reasons, and we keep coming back to it again and again."));

    public static PitchRequest Oversized(string audienceId, PitchAngle angle) => new(
        new GoalInfo(Rambling("the goal", 12), Rambling("the issue", 10), Rambling("the solution", 10)),
        new AllyInfo(Rambling("the ally", 3), audienceId, AllyStance.Neutral, Rambling("their interest", 8),
            "ask " + Rambling("the ask", 8), "offer " + Rambling("the offer", 8), Rambling("the contact", 2), Rambling("the role", 2)),
        angle,
        Rambling("our chapter", 3));

    /// A request with only what the test names; the rest left empty as a new user might.
    public static PitchRequest Request(
        string audienceId, string? goal = "Naloxone in every public library", string allyName = "the ally",
        string? selfInterest = null, string? ask = null, string? offer = null, string? contactName = null,
        string? contactRole = null, string? sender = null, string? notTheIssue = null, string? issue = null,
        PitchAngle angle = PitchAngle.CommonValues, AllyStance stance = AllyStance.PassiveAlly,
        IReadOnlyList<string>? privateNotes = null) => new(
        new GoalInfo(goal ?? "", issue, null, notTheIssue),
        new AllyInfo(allyName, audienceId, stance, selfInterest, ask, offer, contactName, contactRole),
        angle, sender, privateNotes);
}
