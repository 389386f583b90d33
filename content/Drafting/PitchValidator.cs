using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// Checks a pitch from any drafter against the library's rules: within the word limits of the templates
/// (80 / 250 shipped), for the requested audience and angle, and the long version still names the ask and
/// the offer. A polishing drafter uses this to decide whether to keep its output or fall back.
public sealed class PitchValidator(ContentLibrary library)
{
    /// Share of the ask's (and offer's) meaningful words the long pitch must contain.
    public const double RequiredOverlap = 0.5;

    public IReadOnlyList<string> Check(Pitch pitch, PitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(pitch);
        ArgumentNullException.ThrowIfNull(request);
        var issues = new List<string>();
        var audience = library.Audience(request.Ally.AudienceId);
        CheckLength(issues, "Short", pitch.Short, library.Template(TemplateKinds.PitchShort, request.Angle).MaxWords);
        CheckLength(issues, "Long", pitch.Long, library.Template(TemplateKinds.PitchLong, request.Angle).MaxWords);
        if (pitch.AudienceId != audience.Id)
        {
            issues.Add($"The pitch is for audience '{pitch.AudienceId}', the request for '{audience.Id}'.");
        }
        if (pitch.Angle != request.Angle)
        {
            issues.Add($"The pitch uses angle '{pitch.Angle.ToId()}', the request asked for '{request.Angle.ToId()}'.");
        }
        CheckNamed(issues, pitch.Long, "ask", Effective(request.Ally.Ask, audience.Asks[0]));
        CheckNamed(issues, pitch.Long, "offer", Effective(request.Ally.Offer, audience.Offers[0]));
        return issues;
    }

    public bool IsValid(Pitch pitch, PitchRequest request) => Check(pitch, request).Count == 0;

    /// True when the text contains at least RequiredOverlap of the phrase's meaningful words (stemmed).
    public static bool Names(string text, string phrase)
    {
        var wanted = TextNormalizer.ContentTokens(phrase).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return true;
        }
        var present = TextNormalizer.ContentTokens(text).ToHashSet(StringComparer.Ordinal);
        return wanted.Count(present.Contains) >= Math.Ceiling(wanted.Count * RequiredOverlap);
    }

    private static string Effective(string? typed, string fallback) =>
        string.IsNullOrWhiteSpace(typed) ? fallback : WordLimiter.Clamp(typed, TemplateText.DefaultInputWords);

    private static void CheckLength(List<string> issues, string name, string text, int? max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add($"{name} is empty.");
        }
        else if (max is { } limit && WordLimiter.Count(text) > limit)
        {
            issues.Add($"{name} has {WordLimiter.Count(text)} words; the limit is {limit}.");
        }
    }

    private static void CheckNamed(List<string> issues, string text, string what, string phrase)
    {
        if (!Names(text, phrase))
        {
            issues.Add($"The long pitch no longer names the {what} ('{phrase}').");
        }
    }
}
