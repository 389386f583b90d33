namespace AllyBot.Content.Model;

/// A worked example of the whole journey, drawn from the guides. Other projects use these as test data.
public sealed record Scenario(
    string Id,
    string Title,
    string UserRole,
    ScenarioGoal Goal,
    IReadOnlyList<ScenarioAlly> Allies,
    IReadOnlyList<string> Sources);

public sealed record ScenarioGoal(string Statement, string Issue, string Solution, string? NotTheIssue);

public sealed record ScenarioAlly(
    string Name,
    string AudienceId,
    AllyStance Stance,
    string SelfInterest,
    string Ask,
    string Offer,
    string ContactName,
    string ContactRole);
