using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// The pitch request the journey would make for an ally of a worked example (coaching/scenarios.yaml): the
/// contact as the parts the journey stores, and as private notes the ally's notes, the contact note and the
/// scenario's opposition. Lint and tests draft every scenario ally through this.
public static class ScenarioRequest
{
    public static PitchRequest For(Scenario scenario, int allyIndex, PitchAngle angle)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var ally = scenario.Allies[allyIndex];
        var notes = ally.Notes.Concat([ally.ContactNote, scenario.Opposition])
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
        return new PitchRequest(
            new GoalInfo(scenario.Goal.Statement, scenario.Goal.Issue, scenario.Goal.Solution, scenario.Goal.NotTheIssue),
            new AllyInfo(ally.Name, ally.AudienceId, ally.Stance, ally.SelfInterest, ally.Ask, ally.Offer,
                NullIfBlank(ally.ContactName), NullIfBlank(ally.ContactRole)),
            angle,
            scenario.UserRole,
            notes);
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
