namespace AllyBot.Content.Drafting;

/// What kind of name the ally has, which decides how a pitch greets it and refers to it.
public enum AllyKind
{
    /// One person: "Commissioner Alvarez", "Dr. Ramirez" (greeted by name, referred to as "you").
    Person,

    /// An organization: "the county nurses' union", "Grace Free Clinic" ("Dear friends at …").
    Group,

    /// People named by what they are: "night-shift nurses on 4 West", "families who lost someone to overdose".
    People,

    /// A role without a name: "the hospital's VP of quality".
    Role,

    /// None of these for sure.
    Unknown,
}

/// Whom a pitch greets. Short and Formal are the best personal greeting ("Tanya" / "Tanya Brooks", "Dr. Reyes"),
/// from the contact's name, else the ally itself when it is a person, else a title that is polite alone
/// ("Commissioner"); null when there is none and the template's fallback ("Hi there," / "Dear friends at …")
/// applies. Honorific is that last case only.
public sealed record Addressee(AllyKind Kind, string AllyName, string? Short, string? Formal, string? Honorific)
{
    /// The most words a name greeted after "Dear friends at" may have.
    public const int MaxNameWords = 8;

    public static Addressee For(string allyName, ContactParts contact)
    {
        var kind = KindOf(allyName, out var allyPerson);
        var name = PersonName.Parse(contact.Name) ?? allyPerson;
        var honorific = name is null ? FormalTitle(contact.Title) : null;
        return new Addressee(kind, allyPerson?.Full ?? allyName, name?.Short, name?.Formal, honorific);
    }

    public static AllyKind KindOf(string allyName) => KindOf(allyName, out _);

    private static AllyKind KindOf(string allyName, out PersonName? person)
    {
        person = null;
        var text = allyName.Trim();
        if (text.Length == 0)
        {
            return AllyKind.Unknown;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxNameWords)
        {
            return AllyKind.Unknown; // a sentence, not a name: greet "Dear friends,"
        }
        // A person needs a title ("Commissioner Alvarez", "Dr. Ramirez"): two capitalized words may as well be
        // a group ("Lincoln Elementary", "Sadaka Reut"), and greeting a group by one of its words is worse.
        if (PersonName.Parse(text) is { Honorific: not null } named)
        {
            person = named;
            return AllyKind.Person;
        }
        var head = HeadWord(words);
        if (NameWords.OrgWords.Contains(head))
        {
            return AllyKind.Group;
        }
        if (NameWords.PeopleWords.Contains(head) || SecondPerson.IsPluralNoun(head) && !NameWords.RoleWords.Contains(head))
        {
            return AllyKind.People;
        }
        if (NameWords.RoleWords.Contains(head) || NameWords.Honorifics.ContainsKey(head))
        {
            return AllyKind.Role;
        }
        return words.Any(w => NameWords.OrgWords.Contains(NameWords.Bare(w))) ? AllyKind.Group : AllyKind.Unknown;
    }

    /// The last word before "of", "at", "who" …: "the hospital's VP of quality" → "vp"; "nurses on 4 West" → "nurses".
    private static string HeadWord(string[] words)
    {
        var head = words[0];
        foreach (var word in words)
        {
            if (HeadEnds.Contains(NameWords.Bare(word)))
            {
                break;
            }
            head = word;
        }
        var bare = NameWords.Bare(head);
        return bare.EndsWith("'s", StringComparison.Ordinal) ? bare[..^2] : bare.TrimEnd('\'');
    }

    private static string? FormalTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bare = NameWords.Bare(words[^1]);
        return words.Length <= 2 && NameWords.FormalAlone.Contains(bare) ? PersonName.Capitalize(bare) : null;
    }

    private static readonly HashSet<string> HeadEnds = new(StringComparer.Ordinal)
    {
        "of", "on", "at", "in", "for", "from", "with", "who", "that", "which", "by", "near", "across", "whose", "where",
    };
}
