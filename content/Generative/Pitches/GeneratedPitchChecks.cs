using AllyBot.Content.Drafting;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Content.Generative.Pitches;

/// The checks a model's pitch must pass besides PitchValidator's: what the model may not add (a name, number
/// or date the data does not hold, a word to avoid, a private note or the topic kept off the table, words
/// off the subject; a word to avoid, except in a talking point the template also has it in, since that one warns about it) and what it may not drop (the template's greeting and sign-off). "Add" is measured
/// against the template pitch, which the template drafter already checked.
public static class GeneratedPitchChecks
{
    public static IReadOnlyList<string> Check(Pitch pitch, Pitch template, PitchRequest request, AudienceProfile audience, Grounding grounding)
    {
        var problems = new List<string>();
        CheckFrame(problems, "short", pitch.Short, template.Short);
        CheckFrame(problems, "long", pitch.Long, template.Long);
        CheckPoints(problems, pitch, template);
        var texts = new[] { ("short", pitch.Short, false), ("long", pitch.Long, false), ("subject", pitch.Subject ?? "", true) }
            .Concat(pitch.TalkingPoints.Select(p => ("talking point", p, false)));
        var templateText = string.Join("\n", new[] { template.Short, template.Long }.Concat(template.TalkingPoints));
        foreach (var (name, text, titleCase) in texts)
        {
            if (grounding.Invented(text, titleCase) is { Count: > 0 } invented)
            {
                problems.Add($"The {name} names what the plan does not: {string.Join(", ", invented)}.");
            }
            var warned = name == "talking point" ? string.Join("\n", template.TalkingPoints) : "";
            foreach (var avoid in audience.WordsToAvoid.Where(w => HasPhrase(text, w) && !HasPhrase(warned, w)))
            {
                problems.Add($"The {name} uses a word to avoid: '{avoid}'.");
            }
            var secrets = new[] { request.Goal.NotTheIssue }.Concat(request.PrivateNotes ?? []).OfType<string>();
            foreach (var secret in secrets.Where(s => Reveals(text, s, templateText)))
            {
                problems.Add($"The {name} brings up a private note or the topic kept off the table: '{secret}'.");
            }
        }
        foreach (var (name, text) in new[] { ("short", pitch.Short), ("long", pitch.Long) })
        {
            var share = grounding.SubjectShare(text);
            if (share < Grounding.OnSubjectShare)
            {
                problems.Add($"Only {share:P0} of the {name} version's words come from the plan or the library (at least {Grounding.OnSubjectShare:P0} expected).");
            }
        }
        return problems;
    }

    /// The greeting (a short first line ending in a comma) and the sign-off (a short last paragraph) of the template.
    public static (string? Greeting, string? SignOff) Frame(string template)
    {
        var text = Normalize(template);
        var firstLine = text.Split('\n')[0];
        var greeting = firstLine.EndsWith(',') && WordLimiter.Count(firstLine) <= 8 ? firstLine : null;
        var paragraphs = text.Split("\n\n");
        var signOff = paragraphs.Length > 1 && WordLimiter.Count(paragraphs[^1]) <= 12 ? paragraphs[^1] : null;
        return (greeting, signOff);
    }

    private static void CheckFrame(List<string> problems, string name, string text, string template)
    {
        var (greeting, signOff) = Frame(template);
        var normalized = Normalize(text);
        if (greeting is not null && !normalized.StartsWith(greeting, StringComparison.Ordinal))
        {
            problems.Add($"The {name} version does not open with the plan's greeting '{greeting}'.");
        }
        if (signOff is not null && !normalized.EndsWith(signOff, StringComparison.Ordinal))
        {
            problems.Add($"The {name} version does not end with the plan's sign-off '{signOff.Replace('\n', ' ')}'.");
        }
    }

    private static void CheckPoints(List<string> problems, Pitch pitch, Pitch template)
    {
        var most = Math.Max(PitchOutput.MaxTalkingPoints, template.TalkingPoints.Count);
        if (pitch.TalkingPoints.Count < PitchOutput.MinTalkingPoints || pitch.TalkingPoints.Count > most)
        {
            problems.Add($"There are {pitch.TalkingPoints.Count} talking points; {PitchOutput.MinTalkingPoints} to {most} expected.");
        }
        if (string.IsNullOrWhiteSpace(pitch.Subject) || pitch.Subject.Contains('\n') || WordLimiter.Count(pitch.Subject) > PitchOutput.SubjectMaxWords)
        {
            problems.Add($"The subject line should be one line of at most {PitchOutput.SubjectMaxWords} words.");
        }
    }

    /// True when the text holds the phrase's words in order (stemmed, as the library writes it).
    public static bool HasPhrase(string text, string phrase)
    {
        var wanted = TextNormalizer.Tokens(phrase);
        var tokens = TextNormalizer.Tokens(text);
        if (wanted.Count == 0)
        {
            return false;
        }
        for (var i = 0; i + wanted.Count <= tokens.Count; i++)
        {
            if (wanted.Select((w, j) => tokens[i + j] == w).All(x => x))
            {
                return true;
            }
        }
        return false;
    }

    /// A secret shows when the text holds at least half of its meaningful words that the template does not.
    internal static bool Reveals(string text, string secret, string templateText)
    {
        var inTemplate = TextNormalizer.ContentTokens(templateText).ToHashSet(StringComparer.Ordinal);
        var own = TextNormalizer.ContentTokens(secret).Where(t => !inTemplate.Contains(t)).Distinct().ToList();
        if (own.Count == 0)
        {
            return false;
        }
        var present = TextNormalizer.ContentTokens(text).ToHashSet(StringComparer.Ordinal);
        return own.Count(present.Contains) >= Math.Max(1, (int)Math.Ceiling(own.Count / 2.0));
    }

    private static string Normalize(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim();
}
