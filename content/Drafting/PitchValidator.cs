using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// <summary>
/// The one checker of the rules a pitch must meet (docs/coaching.md, "Rules a pitch must meet"), for the template drafter's output and
/// for any polishing drafter's: within the templates' word limits (80 / 250 shipped); for the requested audience
/// and angle; the ask and the offer present in substance in both versions; no word the audience avoids; no word
/// of the topic kept off the table; no private note (PitchRequest.PrivateNotes, a third-person read of the ally,
/// the contact note); no "…"; a greeting that names a person or a safe fallback, never a pronoun, article, "yes"
/// or "no", and never the audience's name in place of the ally's; every sentence starting with a capital and
/// ending with punctuation; no doubled phrase.
/// Problems gives the broken rules as records (Rule is one of PitchRules); Check gives their messages.
/// </summary>
public sealed class PitchValidator(ContentLibrary library)
{
    /// Share of the ask's (and offer's) meaningful words a version must contain to name it.
    public const double RequiredOverlap = 0.5;

    public IReadOnlyList<string> Check(Pitch pitch, PitchRequest request) => Problems(pitch, request).Select(p => p.Message).ToList();

    public bool IsValid(Pitch pitch, PitchRequest request) => Problems(pitch, request).Count == 0;

    public IReadOnlyList<PitchProblem> Problems(Pitch pitch, PitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(pitch);
        ArgumentNullException.ThrowIfNull(request);
        var facts = PitchFacts.For(request, library);
        var problems = new List<PitchProblem>();
        if (pitch.AudienceId != facts.Audience.Id)
        {
            problems.Add(new(PitchRules.Audience, "pitch", $"The pitch is for audience '{pitch.AudienceId}', the request for '{facts.Audience.Id}'."));
        }
        if (pitch.Angle != request.Angle)
        {
            problems.Add(new(PitchRules.Angle, "pitch", $"The pitch uses angle '{pitch.Angle.ToId()}', the request asked for '{request.Angle.ToId()}'."));
        }
        var allowedRuns = PrivateNoteCheck.AllowedRuns(facts.PublicTexts());
        foreach (var (version, text, kind) in new[] { ("short", pitch.Short, TemplateKinds.PitchShort), ("long", pitch.Long, TemplateKinds.PitchLong) })
        {
            CheckLength(problems, version, text, library.Template(kind, request.Angle).MaxWords);
            CheckNamed(problems, version, text, PitchRules.AskMissing, "ask", facts.Ask.Text);
            CheckNamed(problems, version, text, PitchRules.OfferMissing, "offer", facts.Offer.Text);
            foreach (var avoided in SafeLines.AvoidedIn(text, facts.Audience.WordsToAvoid))
            {
                problems.Add(new(PitchRules.WordToAvoid, version, $"The {version} pitch uses '{avoided}', a word {facts.Audience.Name} avoid."));
            }
            if (facts.OffTable.WordsIn(text) is { Count: > 0 } offTable)
            {
                problems.Add(new(PitchRules.OffTheTable, version,
                    $"The {version} pitch mentions '{string.Join("', '", offTable)}', from the topic kept off the table ('{facts.OffTable.Topic}')."));
            }
            foreach (var note in facts.PrivateNotes.Where(n => PrivateNoteCheck.Repeats(text, n, allowedRuns)))
            {
                problems.Add(new(PitchRules.PrivateNote, version, $"The {version} pitch repeats a private note: '{note}'."));
            }
            if (GreetsTheAudience(text, facts) is { } greeting)
            {
                problems.Add(new(PitchRules.GreetingName, version,
                    $"The {version} pitch greets '{greeting}': '{facts.Audience.Name}' is the kind of ally, not its name."));
            }
            problems.AddRange(PitchTextRules.Check(version, text));
        }
        return problems;
    }

    /// The greeting line when it names the audience profile instead of the ally ("Dear friends at labor unions,"
    /// for an ally not called that), else null.
    private static string? GreetsTheAudience(string text, PitchFacts facts)
    {
        var greeting = text.TrimStart().Split('\n', 2)[0].Trim();
        var category = facts.Audience.Name;
        return greeting.EndsWith(',') && greeting.Contains(category, StringComparison.OrdinalIgnoreCase)
            && facts.AllyName?.Contains(category, StringComparison.OrdinalIgnoreCase) != true
            && facts.Contact.Name?.Contains(category, StringComparison.OrdinalIgnoreCase) != true
            ? greeting
            : null;
    }

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

    private static void CheckLength(List<PitchProblem> problems, string version, string text, int? max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(PitchRules.WordLimit, version, $"The {version} pitch is empty."));
        }
        else if (max is { } limit && WordLimiter.Count(text) > limit)
        {
            problems.Add(new(PitchRules.WordLimit, version, $"The {version} pitch has {WordLimiter.Count(text)} words; the limit is {limit}."));
        }
    }

    private static void CheckNamed(List<PitchProblem> problems, string version, string text, string rule, string what, string phrase)
    {
        if (!Names(text, phrase))
        {
            problems.Add(new(rule, version, $"The {version} pitch no longer names the {what} ('{phrase}')."));
        }
    }
}
