using AllyBot.Content.Model;

namespace AllyBot.Content.Drafting;

/// <summary>
/// What a pitch for one request may say, worked out once from the request and the audience profile: the typed
/// answers fitted into sentences (or the profile's lines where an answer is missing or cannot be said to the
/// ally), whom to greet and who signs, the profile lines that are safe to use (none with a word of the topic
/// kept off the table or a word the audience avoids), whether the story hook fits the goal, and every private
/// note a pitch must not repeat. The template drafter renders from it; PitchValidator checks any drafter's
/// pitch against it.
/// </summary>
public sealed class PitchFacts
{
    private PitchFacts(PitchRequest request, AudienceProfile audience, ContentLibrary library)
    {
        var goal = request.Goal;
        var ally = request.Ally;
        Audience = audience;
        OffTable = OffTableTopic.From(goal);
        Lines = new SafeLines(audience, OffTable);
        var names = AnswerText.CapitalizedInside([goal.Statement, goal.Issue, goal.Solution, ally.Name, ally.SelfInterest, ally.Ask, ally.Offer, ally.ContactName, request.SenderName]);
        // Every word of a name is a name, the first one too ("Ortiz" in "Councilmember Ortiz's office").
        names.UnionWith(AnswerText.CapitalizedInside([ally.Name, ally.ContactName], firstWordsToo: true));
        FittedAnswer? Lower(FittedAnswer? answer) => answer is null ? null : answer with { Text = AnswerText.LowerFirstWord(answer.Text, names) };
        Statement = Lower(AnswerText.Goal(goal.Statement));
        // The issue's sentences up to the first with a word the audience avoids: a later one may lean on it
        // ("Many live in older apartments with mold."), so it goes too.
        Issue = WordLimiter.Sentences(AnswerText.WithoutEllipsis(goal.Issue ?? string.Empty))
            .Where(s => !AnswerText.IsNonAnswer(s)).Select(s => AnswerText.Sentence(s)).TakeWhile(Lines.IsSafe).Take(2).ToList();
        Solution = Lower(AnswerText.Solution(goal.Solution));

        Contact = ReadContact(ally);
        AllyName = AllyNameInSentence(ally.Name);
        To = Addressee.For(AllyName ?? string.Empty, Contact);
        Sender = SenderParser.Parse(request.SenderName);

        var offTableTopics = StoryFit.TopicsOf(OffTable.Topic, library);
        var goalTopics = StoryFit.TopicsOf($"{goal.Statement} {goal.Issue} {goal.Solution}", library);
        StoryHook = StoryFit.Fits(audience, goalTopics, offTableTopics) && Lines.IsSafe(audience.StoryHook) ? audience.StoryHook : null;

        // A profile line stands in for a missing answer; one tied to a topic the goal is not on ("safer, more
        // affordable care" is about coverage) gives way to one that fits the goal or holds for any goal.
        string Default(IReadOnlyList<string> safe, IReadOnlyList<string> all) =>
            safe.FirstOrDefault(line => StoryFit.TopicsOf(line, library).All(goalTopics.Contains)) ?? Lines.First(safe, all);
        OwnAsk = AnswerText.Ask(ally.Ask, toAlly: true) is not null;
        Ask = Lower(AnswerText.Ask(ally.Ask, toAlly: true)) ?? AnswerText.Ask(Default(Lines.Asks, audience.Asks), toAlly: true)!;
        OwnOffer = AnswerText.Offer(ally.Offer, toAlly: true) is not null;
        Offer = Lower(AnswerText.Offer(ally.Offer, toAlly: true)) ?? AnswerText.Offer(Default(Lines.Offers, audience.Offers), toAlly: true)!;

        Reading = SelfInterestReader.Read(ally.SelfInterest, [AllyName, Contact.Name, ally.ContactName, To.Formal]);
        // A typed benefit that touches the topic kept off the table is left out, like a private read.
        OwnSelfInterest = Reading.Said is { } said && Lines.IsSafe(said);
        SelfInterest = OwnSelfInterest ? AnswerText.LowerFirstWord(Reading.Said!, names) : SecondPerson.Convert(Default(Lines.SelfInterests, audience.SelfInterests));

        var notes = (request.PrivateNotes ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
        notes.AddRange(Reading.Private);
        if (Contact.Note is { } contactNote)
        {
            notes.Add(contactNote);
        }
        PrivateNotes = notes.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public AudienceProfile Audience { get; }

    public FittedAnswer? Statement { get; }

    /// The issue as up to two whole sentences.
    public IReadOnlyList<string> Issue { get; }

    public FittedAnswer? Solution { get; }

    public ContactParts Contact { get; }

    /// The ally's name as it reads inside a sentence ("the county nurses' union"), or null when none was given.
    /// Text to the ally then says "you" and greets "Dear friends,": the audience's name is a category
    /// ("trainees (residents, fellows …)"), never a name to greet or write to.
    public string? AllyName { get; }

    /// Who the ally is for the user's eyes (the plan, the meeting brief): the name, else the audience's name.
    public string AllyLabel => AllyName ?? Audience.Name;

    public Addressee To { get; }

    public SenderParts Sender { get; }

    public FittedAnswer Ask { get; }

    public bool OwnAsk { get; }

    public FittedAnswer Offer { get; }

    public bool OwnOffer { get; }

    /// What is in it for them, as said to them: the typed benefit, or the profile's line when the answer was
    /// empty, a private read, or on the topic kept off the table.
    public string SelfInterest { get; }

    public bool OwnSelfInterest { get; }

    public SelfInterestReading Reading { get; }

    public OffTableTopic OffTable { get; }

    /// The profile's story hook when it fits the goal's topic (and not the topic kept off the table), else null.
    public string? StoryHook { get; }

    public SafeLines Lines { get; }

    /// Everything the user told the bot that must never reach the ally: PitchRequest.PrivateNotes, the
    /// third-person sentences of the self-interest, and the contact note. (The topic kept off the table is
    /// checked word by word, see OffTable.)
    public IReadOnlyList<string> PrivateNotes { get; }

    public static PitchFacts For(PitchRequest request, ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(library);
        return new PitchFacts(request, library.Audience(request.Ally.AudienceId), library);
    }

    /// Texts a pitch may repeat word for word: the public inputs and the profile's lines.
    internal IEnumerable<string?> PublicTexts()
    {
        yield return Statement?.Text;
        foreach (var sentence in Issue)
        {
            yield return sentence;
        }
        yield return Solution?.Text;
        yield return AllyName;
        yield return Ask.Text;
        yield return Ask.More;
        yield return Offer.Text;
        yield return Offer.More;
        yield return SelfInterest;
        yield return Contact.Name;
        yield return Contact.Title;
        yield return Sender.Person;
        yield return Sender.Group;
        yield return StoryHook;
        foreach (var line in Lines.All)
        {
            yield return line;
        }
    }

    /// The ally's name as typed, trimmed, with only a leading article lowered ("The county union" → "the county
    /// union"); "Families for Recovery" is a name and keeps its capital.
    private static string? AllyNameInSentence(string? typed)
    {
        if (AnswerText.IsNonAnswer(typed))
        {
            return null;
        }
        var name = AnswerText.WithoutEllipsis(typed!).Trim().TrimEnd('.', ',', ';', ':');
        var first = name.Split(' ')[0];
        return first is "The" or "Our" or "Their" or "A" or "An" ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }

    private static ContactParts ReadContact(AllyInfo ally)
    {
        var parsed = ContactParser.Parse(ally.ContactName);
        var role = ContactParser.Parse(ally.ContactRole);
        var title = role.Title ?? parsed.Title;
        var note = string.Join(" ", new[] { parsed.Note, role.Note }.Where(n => n is not null));
        return new ContactParts(parsed.Name, title, note.Length > 0 ? note : null);
    }
}
