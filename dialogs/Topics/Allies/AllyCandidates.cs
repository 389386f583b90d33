using System.Text.RegularExpressions;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>
/// Turns the brainstorm ("The ICU nurses' union, Grace Free Clinic and patients who delayed care") into
/// ally candidates the user picks from instead of retyping them: split at commas, semicolons, new lines and
/// "and" between two names of two words or more ("patients and families" stays one), hedges dropped
/// ("maybe", "I think"), non-answers and long sentences left out, and names already in the plan skipped.
/// </summary>
internal static partial class AllyCandidates
{
    /// <summary>A candidate longer than this is a sentence, not a name.</summary>
    public const int MaxWords = 8;

    /// <summary>At most this many are offered at once.</summary>
    public const int MaxCandidates = 8;

    public static IReadOnlyList<string> From(CoalitionPlan plan, AnswerWords words, AllyKinds kinds)
    {
        var brainstorm = plan.Brainstorm;
        var texts = new[] { brainstorm.CouldHelp, brainstorm.SharedValues, brainstorm.LivedExperience, brainstorm.Resources, brainstorm.UnexpectedAllies };
        // An ally named as a person keeps the name and gives the title to the contact: "Dr. Alan Reyes, VP of quality".
        var inPlan = plan.Allies.SelectMany(a => new[] { a.Name, $"{a.Name}, {a.Contact.Role}" }).Select(Key).ToHashSet(StringComparer.Ordinal);
        return texts.SelectMany(t => Parse(t, words, kinds))
            .Where(c => !inPlan.Contains(Key(c)))
            .DistinctBy(Key)
            .Take(MaxCandidates)
            .ToList();
    }

    public static IEnumerable<string> Parse(string? text, AnswerWords words, AllyKinds kinds)
    {
        if (string.IsNullOrWhiteSpace(text))
            yield break;
        foreach (var part in KeepTitles(Separators().Split(text).SelectMany(SplitAnd).Select(Tidy), kinds))
        {
            var name = part;
            var count = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (count is > 0 and <= MaxWords && words.Classify(name) is null)
                yield return name;
        }
    }

    /// <summary>The same name however it is written: "The nurses' union" = "the nurses union".</summary>
    public static string Key(string name) =>
        string.Join(' ', Regex.Replace(name.ToLowerInvariant(), @"[^\p{L}\p{N} ]", "").Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "the"));

    /// <summary>"Dr. Alan Reyes", "VP of quality" → "Dr. Alan Reyes, VP of quality": a title after a name belongs to it.</summary>
    private static IEnumerable<string> KeepTitles(IEnumerable<string> parts, AllyKinds kinds)
    {
        string? previous = null;
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            if (previous is not null && kinds.IsTitle(part) && !kinds.EndsWithRole(previous) && char.IsUpper(previous[0]))
            {
                yield return $"{previous}, {part}";
                previous = null;
                continue;
            }
            if (previous is not null)
                yield return previous;
            previous = part;
        }
        if (previous is not null)
            yield return previous;
    }

    /// <summary>"A B and C D" → "A B", "C D"; "patients and families" and "the patient and family council" stay whole.</summary>
    private static IEnumerable<string> SplitAnd(string part)
    {
        foreach (Match and in And().Matches(part))
        {
            var left = part[..and.Index];
            var right = part[(and.Index + and.Length)..];
            if (Words(left) >= 2 && Words(right) >= 2)
                return SplitAnd(right).Prepend(left);
        }
        return [part];
    }

    private static string Tidy(string part)
    {
        var name = Hedge().Replace(part.Trim(), string.Empty).Trim().Trim('"', '“', '”', '\'').TrimEnd('.', '!', '?', ';', ':').Trim();
        // "The ICU nurses' union" reads "the ICU nurses' union" inside a sentence; "The Trevor Project" keeps its capital.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0] == "The" && words.Skip(1).Any(w => char.IsLower(w[0])))
            name = "the" + name[3..];
        return name;
    }

    /// <summary>Words that carry meaning ("the patient" has one).</summary>
    private static int Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w is not ("the" or "The" or "a" or "A" or "an" or "An" or "our" or "Our" or "their" or "Their"));

    // A full stop ends a name, except after a title ("Dr. Ramirez").
    [GeneratedRegex(@"[,;\n]|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr|St|Jr))\.\s+|\s+(?:also|plus)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();

    [GeneratedRegex(@"^(?:(?:and|or|also|plus|maybe|probably|perhaps|possibly|definitely|like|e\.g\.|i think|i guess|i'd say|obviously)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();
}
