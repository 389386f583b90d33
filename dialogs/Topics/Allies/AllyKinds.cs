using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>
/// What kind of ally a name points to: the audience profile it matches (unless the user said it is not that
/// one), the candidates to offer when the match is not confident, and whether the ally is a person
/// ("Commissioner Alvarez", "Dr. Ramirez"), who is then the contact, rather than an organization.
/// </summary>
internal sealed class AllyKinds(CoachingContent content, AudienceChoices audiences)
{
    private const string Rejected = "rejected";
    private const string FullList = "full-list";

    private readonly HashSet<string> _personTitles = content.Text(JourneySteps.Allies, "person-titles")
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(t => t.ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    public AudienceChoices Audiences => audiences;

    /// <summary>The audience the ally's name confidently matches, unless the user turned it down.</summary>
    public string? Matched(StepView view) =>
        view.Ally is { } ally && audiences.Match(ally.Name).Best is { } best && best != view.Scratch(Rejected) ? best : null;

    /// <summary>Ranked audience ids for the ally's name, without the one the user turned down.</summary>
    public IReadOnlyList<string> CandidateIds(StepView view) =>
        view.Ally is { } ally ? audiences.Match(ally.Name).Candidates.Where(id => id != view.Scratch(Rejected)).ToList() : [];

    public void Reject(StepView view, string? audienceId) => view.SetScratch(Rejected, audienceId);

    public bool WantsFullList(StepView view) => view.Scratch(FullList) is not null;

    public void ShowFullList(StepView view) => view.SetScratch(FullList, "yes");

    /// <summary>"Commissioner Alvarez", "the mayor", "Dr. Ramirez": a person, so they are the contact and "Who at …" is not asked.</summary>
    public bool IsPerson(AllyEntry? ally)
    {
        var words = (ally?.Name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
            words.RemoveAt(0);
        return words.Count > 0 && _personTitles.Contains(words[0].TrimEnd('.', ',').ToLowerInvariant());
    }

    /// <summary>The audience's name, for "I'll write for … as I would for {audience}".</summary>
    public string Name(string? audienceId) => content.AudienceName(audienceId);

    /// <summary>The ally's audience profile, when it has one.</summary>
    public AudienceProfile? Profile(AllyEntry? ally) =>
        ally?.AudienceId is { } id && content.Library.TryGetAudience(id, out var profile) ? profile : null;
}
