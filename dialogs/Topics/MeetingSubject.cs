using AllyBot.Content.Matching;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Works out who a meeting is with ("the union president in an hour"): an ally already in the plan (by the
/// words of its name and its contact's name and role, or by its audience), or else an audience profile.
/// </summary>
internal static class MeetingSubject
{
    /// <summary>A word of a contact's name counts this much; a shared common word ("health") alone is not enough.</summary>
    private const int NameWeight = 2;
    private const int MinimumScore = 2;

    /// <summary>The index of the ally the text is most likely about, or null; <paramref name="roles"/> are words like "president" that say nothing about which group.</summary>
    public static int? FindAlly(CoalitionPlan plan, string text, AudienceMatcher matcher, IReadOnlySet<string>? roles = null)
    {
        var words = TextNormalizer.ContentTokens(text).ToHashSet(StringComparer.Ordinal);
        var best = plan.Allies
            .Select((ally, index) => (index, score: Score(words, ally)))
            .Where(x => x.score >= MinimumScore)
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .FirstOrDefault();
        if (best.score >= MinimumScore)
            return best.index;

        // Nothing clearly in common by name: an ally of the audience the text points to will do, unless the
        // text names something that ally is not ("the tenant union president" is not the nurses' union).
        var audience = matcher.Best(text)?.AudienceId;
        var described = words.Where(w => roles?.Contains(w) != true && !Honorifics.Contains(w)).ToList();
        var byAudience = plan.Allies.FindIndex(a => audience is not null && a.AudienceId == audience
            && described.All(TextNormalizer.ContentTokens($"{a.Name} {a.Contact.Name} {a.Contact.Role}").Contains));
        return byAudience >= 0 ? byAudience : null;
    }

    // "Dr. Lee" is not "Dr. Priya Nair": a title says nothing about who the person is.
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "rev", "reverend", "fr", "father", "sr", "sister",
        "pastor", "rabbi", "imam", "hon", "sen", "rep", "councilmember", "mayor", "chief",
    };

    private static int Score(HashSet<string> words, AllyEntry ally)
    {
        var names = TextNormalizer.ContentTokens(ally.Contact.Name).Where(t => !Honorifics.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var others = TextNormalizer.ContentTokens($"{ally.Name} {ally.Contact.Role}").Where(t => !names.Contains(t)).ToHashSet(StringComparer.Ordinal);
        return names.Count(words.Contains) * NameWeight + others.Count(words.Contains);
    }
}
