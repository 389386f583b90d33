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

    private readonly HashSet<string> _personTitles = Words(content.Text(JourneySteps.Allies, "person-titles"));
    private readonly HashSet<string> _personRoles = Words(content.Text(JourneySteps.Allies, "person-roles"));

    private static HashSet<string> Words(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    public AudienceChoices Audiences => audiences;

    /// <summary>The audience the ally's name confidently matches, unless the user turned it down.</summary>
    public string? Matched(StepView view) =>
        view.Ally is { } ally && audiences.Match(MatchText(ally)).Best is { } best && best != view.Scratch(Rejected) ? best : null;

    /// <summary>Ranked audience ids for the ally's name, without the one the user turned down.</summary>
    public IReadOnlyList<string> CandidateIds(StepView view) =>
        view.Ally is { } ally ? audiences.Match(MatchText(ally)).Candidates.Where(id => id != view.Scratch(Rejected)).ToList() : [];

    /// <summary>What the ally's kind is matched on: the name, and the title of an ally who is a person ("Dr. Alan Reyes, VP of quality").</summary>
    private string MatchText(AllyEntry ally) =>
        IsPerson(ally) && ally.Contact.Role is { } role && !ally.Name.Contains(role, StringComparison.OrdinalIgnoreCase) ? $"{ally.Name}, {role}" : ally.Name;

    public void Reject(StepView view, string? audienceId) => view.SetScratch(Rejected, audienceId);

    public bool WantsFullList(StepView view) => view.Scratch(FullList) is not null;

    public void ShowFullList(StepView view) => view.SetScratch(FullList, "yes");

    /// <summary>
    /// "Commissioner Alvarez", "Dr. Ramirez", "the hospital's VP of quality", "the union president": a person,
    /// so they are the contact and "Who at …" is not asked.
    /// </summary>
    public bool IsPerson(AllyEntry? ally) => IsPerson(ally?.Name);

    public bool IsPerson(string? name)
    {
        var words = Tokens(name);
        return words.Count > 0 && (_personTitles.Contains(words[0]) || _personRoles.Contains(words[^1]));
    }

    /// <summary>"VP of quality", "executive director": a title that, after a name in a list, belongs to that name.</summary>
    public bool IsTitle(string? text)
    {
        var words = Tokens(text);
        return words.Count is > 0 and <= 5 && (_personTitles.Contains(words[0]) || _personRoles.Contains(words[^1]));
    }

    /// <summary>"the union president": the last word names a role.</summary>
    public bool EndsWithRole(string? text) => Tokens(text) is [.., var last] && _personRoles.Contains(last);

    /// <summary>Lower-case words without a leading "the"/"our"/"their" and possessive ("the hospital's VP" → "vp").</summary>
    private static List<string> Tokens(string? text)
    {
        var words = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')').ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        if (words.Count > 1 && words[0] is "the" or "our" or "their" or "a")
            words.RemoveAt(0);
        if (words.Count > 1 && (words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("’s", StringComparison.Ordinal)))
            words.RemoveAt(0);
        return words;
    }

    /// <summary>The audience's name, for "I'll write for … as I would for {audience}".</summary>
    public string Name(string? audienceId) => content.AudienceName(audienceId);

    /// <summary>The ally's audience profile, when it has one.</summary>
    public AudienceProfile? Profile(AllyEntry? ally) =>
        ally?.AudienceId is { } id && content.Library.TryGetAudience(id, out var profile) ? profile : null;

    /// <summary>The ally's audience profile, or the one its name matches while the kind is not settled yet (a form's defaults).</summary>
    public AudienceProfile? LikelyProfile(StepView view) =>
        Profile(view.Ally) ?? (Matched(view) is { } id && content.Library.TryGetAudience(id, out var profile) ? profile : null);
}
