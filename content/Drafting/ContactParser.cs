using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// <summary>
/// The contact at an ally as structured parts. <see cref="Name"/> is a person's name fit for a greeting
/// ("Tanya Brooks", "Dr. Alan Reyes"), <see cref="Title"/> their role ("executive director"), and
/// <see cref="Note"/> whatever else was typed ("Everyone in the recovery community knows her."): a private
/// note for the plan and the meeting brief, never for text addressed to the ally. Each part may be null.
/// </summary>
public sealed record ContactParts(string? Name, string? Title, string? Note)
{
    public static readonly ContactParts Empty = new(null, null, null);
}

/// <summary>
/// Reads a typed answer to "who is the best person to talk to" into <see cref="ContactParts"/>:
/// "Their executive director, Tanya Brooks. Everyone in the recovery community knows her." →
/// (Tanya Brooks, executive director, Everyone in the recovery community knows her.);
/// "Dr. Alan Reyes, VP of quality" → (Dr. Alan Reyes, VP of quality, null); "the commissioner herself" →
/// (null, commissioner, null); "Commissioner Alvarez" → (Commissioner Alvarez, commissioner, null);
/// "dana whitfield (president)" → (Dana Whitfield, president, null). Deterministic; when unsure it leaves a
/// part null so the journey asks for it. "yes", "no" and "not sure" give no parts at all.
/// </summary>
public static partial class ContactParser
{
    public static ContactParts Parse(string? text)
    {
        if (AnswerText.IsNonAnswer(text))
        {
            return ContactParts.Empty;
        }
        var lowerTyped = !text!.Any(char.IsUpper);
        var sentences = WordLimiter.Sentences(AnswerText.WithoutEllipsis(text!)).ToList();
        var first = StripLeadIn(sentences[0].TrimEnd('.', '!', '?', ' '));
        var notes = sentences.Skip(1).ToList();

        var (name, title, rest) = ReadFirstSentence(first, lowerTyped);
        notes.InsertRange(0, rest);
        if (title is null && name?.Honorific is { } honorific && NameWords.RoleWords.Contains(NameWords.Bare(honorific)))
        {
            title = NameWords.Bare(honorific);
        }
        if (title is not null && lowerTyped)
        {
            title = string.Join(" ", title.Split(' ').Select(w => NameWords.Acronyms.Contains(w) ? w.ToUpperInvariant() : w));
        }
        var note = notes.Count > 0 ? string.Join(" ", notes.Select(AnswerText.Sentence)) : null;
        return new ContactParts(name?.Full, title, note);
    }

    private static (PersonName? Name, string? Title, List<string> Others) ReadFirstSentence(string first, bool lowerTyped)
    {
        PersonName? NameOf(string text) => PersonName.Parse(text, lowerTyped);
        // "Tanya Brooks is their executive director" / "Their executive director is Tanya Brooks".
        foreach (var pattern in new[] { NameIsRole(), RoleIsName() })
        {
            var match = pattern.Match(first);
            if (match.Success && NameOf(match.Groups["name"].Value) is { } named && Role(match.Groups["role"].Value) is { } role)
            {
                return (named, role, []);
            }
        }
        PersonName? name = null;
        string? title = null;
        var rest = new List<string>();
        foreach (var part in PartBreak().Split(first).Select(p => StripLeadIn(p.Trim())).Where(p => p.Length > 0 && !AnswerText.IsNonAnswer(p)))
        {
            if (name is null && NameOf(part) is { } whole)
            {
                name = whole;
            }
            else if (name is null && SplitRoleAndName(part, lowerTyped) is { } both)
            {
                (name, title) = (both.Name, title ?? both.Role);
            }
            else if (title is null && Role(part) is { } role)
            {
                title = role;
            }
            else
            {
                rest.Add(part);
            }
        }
        return (name, title, rest);
    }

    /// "Their executive director Tanya Brooks" or "Tanya Brooks the executive director", typed without a comma.
    private static (PersonName Name, string Role)? SplitRoleAndName(string part, bool lowerTyped)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var size = Math.Min(4, words.Length - 1); size >= 1; size--)
        {
            // "executive director Tanya Brooks": "Director" belongs to the role, not to the name after it.
            if (PersonName.Parse(string.Join(" ", words[^size..]), lowerTyped) is { } trailing && Role(string.Join(" ", words[..^size])) is { } before
                && !(trailing.Honorific is { } title && NameWords.RoleWords.Contains(NameWords.Bare(title))))
            {
                return (trailing, before);
            }
            if (PersonName.Parse(string.Join(" ", words[..size]), lowerTyped) is { } leading && Role(string.Join(" ", words[size..])) is { } after)
            {
                return (leading, after);
            }
        }
        return null;
    }

    /// A role or title without its article ("the commissioner herself" → "commissioner"), or null when the
    /// phrase is not one (a sentence about them, a pronoun, an answer like "yes").
    private static string? Role(string part)
    {
        var words = part.Trim().TrimEnd('.', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !NameWords.Reflexives.Contains(NameWords.Bare(w)))
            .ToList();
        while (words.Count > 0 && NameWords.Determiners.Contains(NameWords.Bare(words[0])))
        {
            words.RemoveAt(0);
        }
        var bare = words.Select(NameWords.Bare).ToList();
        if (words.Count is 0 or > 8 || bare.Any(IsNotRoleWord) || AnswerText.IsNonAnswer(string.Join(" ", words)))
        {
            return null;
        }
        var hasRoleWord = bare.Any(w => NameWords.RoleWords.Contains(w) || NameWords.OrgWords.Contains(w));
        // Without a role word only a short phrase of its own words ("board treasurer"), never "for many reasons".
        return hasRoleWord || words.Count <= 3 && !bare.Any(Joining.Contains) ? string.Join(" ", words) : null;
    }

    private static string StripLeadIn(string text) => AnswerText.StripRepeated(LeadIn(), text);

    /// A pronoun, verb or filler ("knows", "her", "yes") cannot be part of a title; articles and "of" can.
    private static bool IsNotRoleWord(string bare) =>
        Pronouns.Contains(bare)
        || NameWords.NotNames.Contains(bare) && !NameWords.RoleWords.Contains(bare) && !NameWords.OrgWords.Contains(bare) && !Joining.Contains(bare);

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "i", "we", "you", "he", "she", "they", "him", "them", "us", "me", "it", "she's", "he's", "they're", "i'm", "we're",
    };

    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "at", "in", "on", "for", "from", "with", "to", "and", "or", "by", "our", "their", "its",
    };

    [GeneratedRegex(@"\s*(?:,|;|:|\s[-–—]\s|\(|\))\s*")]
    private static partial Regex PartBreak();

    [GeneratedRegex(@"^(?:not sure yet|not sure|no idea|probably|maybe|perhaps|definitely|honestly|i think|i guess|i'd say|i would say|i'd go with|i'd talk to|i would talk to|we'd talk to|we should talk to|talk to|go through|go to|ask for|the best person is|the best person would be|the best contact is|best person is|best is|it's|it is|that's|that is|that would be|that'd be|probably)[,:]?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?<name>.+?)\s+(?:is|'s|’s)\s+(?<role>(?:the|their|our|its|a|an)\s+.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameIsRole();

    [GeneratedRegex(@"^(?<role>(?:the|their|our|its)\s+.+?)\s+(?:is|would be)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleIsName();
}
