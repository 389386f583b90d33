namespace AllyBot.Content.Model;

/// A worked example of the whole journey, drawn from the guides. Other projects use these as test data.
/// UserRole is what the user answers when asked their name: a person ("Dana"), a group ("Riverside AMSA
/// chapter") or both ("Maya, from the Eastside community action team"); pitches are signed with it.
public sealed record Scenario(
    string Id,
    string Title,
    string UserRole,
    ScenarioGoal Goal,
    IReadOnlyList<ScenarioAlly> Allies,
    IReadOnlyList<string> Sources)
{
    /// Who works against the goal, as the user typed it (optional): private, for the plan and the brief only.
    public string? Opposition { get; init; }
}

public sealed record ScenarioGoal(string Statement, string Issue, string Solution, string? NotTheIssue);

/// One ally, with the answers as a new user types them. SelfInterest, Ask and Offer are the typed answers
/// (they may be whole sentences, in the third person). ContactName and ContactRole are the parts the journey
/// should store; ContactAnswer is what the user typed when asked for the contact (optional; when absent the
/// user types the name and the role separately), and ContactNote the rest of that answer (a private note).
public sealed record ScenarioAlly(
    string Name,
    string AudienceId,
    AllyStance Stance,
    string SelfInterest,
    string Ask,
    string Offer,
    string ContactName,
    string ContactRole)
{
    public string? ContactAnswer { get; init; }

    public string? ContactNote { get; init; }

    /// Private notes the user typed about this ally (their read of its motives, a lip-service judgement):
    /// for the plan and the meeting brief, never for a pitch.
    public IReadOnlyList<string> Notes { get; init; } = [];
}
