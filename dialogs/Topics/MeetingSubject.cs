using AllyBot.Content.Matching;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Works out who a meeting is with ("the union president in an hour"): an ally already in the plan (by the
/// words of its name and its contact's name and role, or by its audience), or else an audience profile.
/// </summary>
internal static class MeetingSubject
{
    /// <summary>The index of the ally the text is most likely about, or null.</summary>
    public static int? FindAlly(CoalitionPlan plan, string text, AudienceMatcher matcher)
    {
        var words = TextNormalizer.ContentTokens(text).ToHashSet(StringComparer.Ordinal);
        var best = plan.Allies
            .Select((ally, index) => (index, score: Overlap(words, ally)))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .FirstOrDefault();
        if (best.score > 0)
            return best.index;

        // Nothing in common by name: an ally of the audience the text points to will do.
        var audience = matcher.Best(text)?.AudienceId;
        var byAudience = plan.Allies.FindIndex(a => audience is not null && a.AudienceId == audience);
        return byAudience >= 0 ? byAudience : null;
    }

    private static int Overlap(HashSet<string> words, AllyEntry ally)
    {
        var allyWords = TextNormalizer.ContentTokens($"{ally.Name} {ally.Contact.Name} {ally.Contact.Role}");
        return allyWords.Distinct(StringComparer.Ordinal).Count(words.Contains);
    }
}
