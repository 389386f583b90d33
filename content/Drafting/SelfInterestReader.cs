using System.Text.RegularExpressions;

namespace AllyBot.Content.Drafting;

/// What the user typed at "what's in it for them", read for a pitch: Said is what can be said to the ally
/// (already in the second person), or null; Private holds the sentences that are the user's read of the ally
/// ("She's up for re-election next year"), kept for the plan and the meeting brief only.
public sealed record SelfInterestReading(string? Said, IReadOnlyList<string> Private)
{
    public static readonly SelfInterestReading None = new(null, []);
}

/// <summary>
/// Reads a typed self-interest sentence by sentence. A benefit ("fewer uninsured patients you cannot refer
/// onward", "more funding for their programs") is kept and addressed to the ally ("your programs"). What they
/// want, said plainly ("They want covered care", "Their members want covered care"), becomes "covered care" /
/// "your members want covered care". Anything else about the ally in the third person — he or she, a named
/// person or title ("Dr. Ramirez was hired to …", "the commissioner needs …"), or "they" doing anything but
/// wanting — is a private read, never pasted into a pitch.
/// </summary>
public static partial class SelfInterestReader
{
    public static SelfInterestReading Read(string? typed, IEnumerable<string?>? namesOfTheAlly = null)
    {
        if (AnswerText.IsNonAnswer(typed))
        {
            return SelfInterestReading.None;
        }
        var names = (namesOfTheAlly ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
        string? said = null;
        var isPrivate = new List<string>();
        foreach (var sentence in WordLimiter.Sentences(AnswerText.WithoutEllipsis(typed!)))
        {
            if (AnswerText.IsNonAnswer(sentence))
            {
                continue;
            }
            if (Sayable(sentence, names) is { } safe)
            {
                said ??= safe;
            }
            else
            {
                isPrivate.Add(AnswerText.Sentence(sentence));
            }
        }
        return new SelfInterestReading(said, isPrivate);
    }

    /// True when the text reads as the user's view of the ally in the third person (a note, not a pitch line).
    public static bool IsPrivateRead(string? text, IEnumerable<string?>? namesOfTheAlly = null) =>
        !AnswerText.IsNonAnswer(text) && Read(text, namesOfTheAlly).Private.Count > 0;

    private static string? Sayable(string sentence, IReadOnlyList<string> names)
    {
        var clause = AnswerText.Clause(sentence.TrimEnd('?', '!'));
        if (clause.Length == 0 || Singular().IsMatch(clause) || StartsWithName(clause, names) || TitleSubject().IsMatch(clause))
        {
            return null;
        }
        if (TheyWant().Match(clause) is { Success: true } want)
        {
            var wanted = want.Groups["what"].Value.Trim();
            // "other families to be spared …", "to look good": a motive, not a thing to offer them.
            return wanted.StartsWith("to ", StringComparison.OrdinalIgnoreCase) || InfinitiveInside().IsMatch(wanted) ? null : SecondPerson.Convert(wanted);
        }
        if (TheirSomethingWants().IsMatch(clause))
        {
            return SecondPerson.Convert(clause);
        }
        // "They …", "Their board keeps asking …", "It's all about their image": a read of them, not a benefit.
        if (PluralSubject().IsMatch(clause))
        {
            return null;
        }
        return SecondPerson.Convert(clause);
    }

    /// "Dr. Ramirez was hired …", "Ortiz ran on …", "Tanya wants …": a person's name, a word of the ally's or
    /// the contact's name, or a title and name as the subject.
    private static bool StartsWithName(string clause, IReadOnlyList<string> names)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].TrimEnd(',', ':').Replace("’", "'", StringComparison.Ordinal);
        first = first.EndsWith("'s", StringComparison.Ordinal) ? first[..^2] : first;
        var nameWords = names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim(',', '.', '(', ')').Replace("’", "'", StringComparison.Ordinal))
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
            .Where(w => w.Length > 2 && char.IsUpper(w[0]) && !NameWords.OrgWords.Contains(w.ToLowerInvariant()) && !NameWords.Determiners.Contains(w.ToLowerInvariant()));
        if (nameWords.Contains(first, StringComparer.OrdinalIgnoreCase) || names.Any(n => clause.StartsWith(n, StringComparison.OrdinalIgnoreCase) && FollowedByVerb(clause[n.Length..])))
        {
            return true;
        }
        for (var size = Math.Min(3, words.Length - 1); size >= 1; size--)
        {
            // A name of two words or with a title ("Dr. Ramirez"); one capitalized word at the start may be any
            // word ("Mold repairs are …"), so it counts only when it is a word of the ally's or contact's name.
            if (char.IsUpper(words[0][0]) && PersonName.Parse(string.Join(" ", words[..size])) is { } person
                && (size > 1 || person.Honorific is not null) && FollowedByVerb(" " + string.Join(" ", words[size..])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool FollowedByVerb(string rest) => NameVerb().IsMatch(rest);

    [GeneratedRegex(@"\b(?:he|she|him|his|hers|herself|himself|he['’]s|she['’]s|he['’]d|she['’]d|he['’]ll|she['’]ll)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Singular();

    [GeneratedRegex(@"^(?:['’]s\s|\s+(?:is|was|has|had|needs|wants|cares|hopes|likes|loves|hates|worries|fears|just|really|only|already|will|would|could|can|must|should|might|may|got|gets|keeps|seems|thinks|knows|tends|never|always|doesn['’]t|does|did|isn['’]t|wasn['’]t|won['’]t|can['’]t|hasn['’]t|hadn['’]t|didn['’]t|ran|said|told|made|went|took|came|left|won|lost|promised|\w+ed|\w+s)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameVerb();

    /// "the commissioner needs …", "the dean wants …", "their director is …": a title as the subject.
    [GeneratedRegex(@"^(?:the|their|our|its)\s+(?:[\w-]+\s+){0,2}(?:commissioner|dean|director|president|chair|ceo|head|boss|mayor|senator|councilmember|pastor|principal|superintendent|manager|founder|leader|leadership|vp|administrator|provost|chief)(?:['’]s)?\s+(?:is|was|has|had|needs|wants|cares|hopes|just|really|only|will|would|must|got|gets|keeps|seems|thinks|knows)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleSubject();

    /// "They want covered care", "they'd love more volunteers", "they need referral partners".
    [GeneratedRegex(@"^they(?:\s+(?:really|just|mostly|also))?\s*(?:\s+want|\s+need|\s+would like|['’]d like|\s+would love|['’]d love|\s+care about|\s+are looking for|['’]re looking for|\s+hope for|\s+are after|['’]re after)\s+(?<what>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheyWant();

    /// "Their members want covered care", "their patients need rides": a plain want, safe to say back.
    [GeneratedRegex(@"^their\s+(?:[\w'’-]+\s+){1,3}(?:wants?|needs?|would like|would love|deserves?|gets?|gains?|wins?|keeps?|has|have|saves?|avoids?)\s+(?!to\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirSomethingWants();

    [GeneratedRegex(@"\bto\s+(?:be|have|get|see|feel|look|stop|keep|go)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InfinitiveInside();

    [GeneratedRegex(@"^(?:they|they['’]re|they['’]ve|they['’]d|they['’]ll|their|them|it['’]s\s+all\s+about\s+their)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PluralSubject();
}
