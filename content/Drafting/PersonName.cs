using System.Globalization;

namespace AllyBot.Content.Drafting;

/// <summary>
/// A person's name as it can stand in a greeting: "Tanya Brooks", "Dr. Alan Reyes", "Commissioner Alvarez",
/// "Dana". Honorific is the title before the name, if any ("Dr.", "Commissioner").
/// </summary>
public sealed record PersonName(string Full, string? Honorific, string Given, string Surname)
{
    /// How to greet them in a chat: "Tanya", "Dr. Reyes", "Commissioner Alvarez".
    public string Short => Honorific is null ? Given : $"{Honorific} {Surname}";

    /// How to greet them in a letter: "Tanya Brooks", "Dr. Reyes", "Commissioner Alvarez".
    public string Formal => Honorific is null ? Full : $"{Honorific} {Surname}";

    /// <summary>
    /// Reads a phrase that is a name and nothing else. Returns null for a role ("the commissioner herself"), a
    /// pronoun, an article, "yes"/"no", a group ("Grace Free Clinic") or a sentence. Names typed in lower case
    /// are written with capitals ("tanya brooks" → "Tanya Brooks").
    /// </summary>
    /// <param name="typedInLowerCase">Whether the whole answer was typed without capitals (then any word may be
    /// a name); by default judged from the text itself.</param>
    public static PersonName? Parse(string? text, bool? typedInLowerCase = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var words = text.Trim().TrimEnd('.', ',', ';', ':', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lowerTyped = typedInLowerCase ?? !text.Any(char.IsUpper);
        string? honorific = null;
        var start = 0;
        if (words.Length > 1 && NameWords.Honorifics.TryGetValue(NameWords.Bare(words[0]), out var written))
        {
            honorific = written;
            start = 1;
        }
        var rest = words.Skip(start).ToList();
        if (rest.Count is 0 or > 3 || !rest.All(w => IsNameWord(w, lowerTyped)))
        {
            return null;
        }
        // Without a title, one word may be a first name ("Dana"), but it must be written as a name.
        var names = rest.Select(w => lowerTyped ? Capitalize(w) : w).ToList();
        var full = string.Join(" ", honorific is null ? names : names.Prepend(honorific));
        return new PersonName(full, honorific, names[0], names[^1]);
    }

    /// True for a word that can be part of a name: written with a capital (unless everything was typed in lower
    /// case), letters with ' or - inside, and not a pronoun, article, answer, role or group word.
    private static bool IsNameWord(string word, bool lowerTyped)
    {
        var bare = NameWords.Bare(word);
        if (bare.Length == 0 || !char.IsLetter(bare[0]) || !bare.All(c => char.IsLetter(c) || c is '\'' or '-'))
        {
            return false;
        }
        if (NameWords.NotNames.Contains(bare) || NameWords.RoleWords.Contains(bare) || NameWords.OrgWords.Contains(bare)
            || NameWords.PeopleWords.Contains(bare) || NameWords.Honorifics.ContainsKey(bare) || NameWords.Acronyms.Contains(bare))
        {
            return false;
        }
        if (lowerTyped)
        {
            return true;
        }
        // "Tanya", "O'Neil", "McAllister"; not "HIV" or "AMSA" (an acronym is a group more often than a person).
        return char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
    }

    internal static string Capitalize(string word) =>
        string.Join("-", word.Split('-').Select(part => part.Length == 0
            ? part
            : char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));
}
