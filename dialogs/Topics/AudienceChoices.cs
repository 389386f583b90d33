using AllyBot.Content.Matching;
using AllyBot.Dialogs.Coaching;
using ContentChoice = AllyBot.Content.Model.Choice;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Matching an ally's name to an audience profile, and the audience lists offered when the match is not
/// confident: the top candidates (plus "something else"), or every profile.
/// </summary>
internal sealed class AudienceChoices(CoachingContent content, AudienceMatcher matcher)
{
    /// <summary>How many candidates are offered before "something else".</summary>
    public const int CandidateCount = 4;

    /// <summary>The confident match (or null) and the ranked candidate ids.</summary>
    public (string? Best, IReadOnlyList<string> Candidates) Match(string? text)
    {
        var matches = matcher.Match(text);
        var best = matches is [var top, ..] && top.Confidence >= matcher.Threshold ? top.AudienceId : null;
        return (best, matches.Select(m => m.AudienceId).ToList());
    }

    public IReadOnlyList<ContentChoice> Candidates(IEnumerable<string> audienceIds, string? except, ContentChoice somethingElse) =>
        audienceIds.Where(id => id != except).Take(CandidateCount).Select(Choice).Append(somethingElse).ToList();

    /// <summary>Every profile, with the given ids first (best guesses on top), then by name.</summary>
    public IReadOnlyList<ContentChoice> All(IEnumerable<string>? first = null)
    {
        var top = (first ?? []).Where(content.Library.Audiences.ContainsKey).ToList();
        var rest = content.Library.Audiences.Values.Where(a => !top.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Id);
        return top.Concat(rest).Select(Choice).ToList();
    }

    private ContentChoice Choice(string audienceId)
    {
        var audience = content.Library.Audience(audienceId);
        // Profile names are written for the middle of a sentence ("labor unions"); as an option they start with a capital.
        var title = audience.Name.Length > 0 ? char.ToUpperInvariant(audience.Name[0]) + audience.Name[1..] : audience.Name;
        return ChoiceList.Make(audience.Id, title, [.. audience.Aliases, audience.Name]);
    }
}
