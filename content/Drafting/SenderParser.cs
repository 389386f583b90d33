using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// <summary>
/// Who signs a pitch. Person is a name ("Maya"); Group the group in the words that follow "from" or "on behalf
/// of" ("the Eastside community action team"); GroupLine the group as a signature line ("Eastside community
/// action team"). Either may be null: "Dana" signs alone, "Riverside AMSA chapter" signs as a group.
/// </summary>
public sealed record SenderParts(string? Person, string? Group, string? GroupLine)
{
    public static readonly SenderParts None = new(null, null, null);
}

/// Reads the user's name as typed: "Maya, from the Eastside community action team" → (Maya, the Eastside
/// community action team); "Dana" → (Dana, none); "Riverside Medical School AMSA chapter" → (none, the
/// Riverside Medical School AMSA chapter); "maya" → (Maya, none).
public static partial class SenderParser
{
    private const int MaxWords = 10;

    public static SenderParts Parse(string? typed)
    {
        if (AnswerText.IsNonAnswer(typed))
        {
            return SenderParts.None;
        }
        // A name, not a story: the first sentence, and no more than ten words of it.
        var text = WordLimiter.Fit(AnswerText.WithoutEllipsis(typed!), MaxWords).Trim().TrimEnd('.', ',', '!');
        if (WordLimiter.Count(text) > MaxWords)
        {
            return SenderParts.None;
        }
        var split = PersonAndGroup().Match(text);
        if (split.Success && PersonName.Parse(split.Groups["person"].Value) is { } person)
        {
            return WithGroup(person.Full, split.Groups["group"].Value);
        }
        if (PersonName.Parse(text) is { } alone)
        {
            return new SenderParts(alone.Full, null, null);
        }
        return WithGroup(null, text);
    }

    private static SenderParts WithGroup(string? person, string group)
    {
        var clause = AnswerText.Clause(group.Trim().TrimEnd(')'));
        if (clause.Length == 0)
        {
            return new SenderParts(person, null, null);
        }
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bare = words.Select(NameWords.Bare).ToList();
        if (person is not null && !bare.Any(NameWords.OrgWords.Contains) && bare.Any(NameWords.RoleWords.Contains))
        {
            return new SenderParts(person, null, null); // "Maya, the chapter president": a role, not a group to write from
        }
        var first = NameWords.Bare(words[0]);
        var last = NameWords.Bare(words[^1]);
        // "Riverside AMSA chapter" reads "the Riverside AMSA chapter" after "from"; "UCSF SNaHP" stays as typed.
        var inSentence = NameWords.Determiners.Contains(first) || !NameWords.OrgWords.Contains(last) || !char.IsLower(words[^1][0])
            ? clause
            : "the " + clause;
        var line = first == "the" && words.Length > 1 ? string.Join(" ", words[1..]) : clause;
        line = char.ToUpperInvariant(line[0]) + line[1..];
        return new SenderParts(person, inSentence, line);
    }

    [GeneratedRegex(@"^(?<person>[^,(]+?)(?:\s*(?:,\s*from|\s+from|,\s*with|\s+with|,\s*at|\s+at|,\s*of|\s+of|,)\s+|\s*\(\s*)(?<group>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonAndGroup();
}
