using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using Choice = AllyBot.Content.Model.Choice;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>
/// What each ally's pitch needs, asked in the shape of the sentence it fills: who the ally is (its kind,
/// confirmed or corrected in the same breath as where it stands), who to talk to (name and title, asking only
/// for what is missing; an ally named as a person is the contact), the ask ("Would you be willing to …"),
/// the offer ("In return, we can …") and what is in it for them (said to them; a read of their motives is
/// kept as a private note). On card channels the same questions come as one form.
/// </summary>
internal static class AllyCoreSteps
{
    public const string Name = "ally-name";
    private const string PrivateNoteKept = "private-note-kept";
    private const string EndOfList = "end-of-list";

    public static IEnumerable<QuestionStep> Create(AllyStepContext s)
    {
        var c = s.Content;
        var kinds = s.Kinds;
        yield return new QuestionStep(Name, AnswerKind.Text)
        {
            PerAlly = true,
            AddsAlly = true,
            Required = true,
            Quick = true,
            NonAnswer = NonAnswerPolicy.Examples,
            When = v => v.Ally is null,
            Answered = v => v.Ally is not null,
            Text = v => AllyStepContext.IsQuick(v) ? c.Text(JourneySteps.Allies, "ally-name-quick") : c.Question(JourneySteps.Allies, Name).Text,
            Read = v => v.Ally?.Name,
            // "that's all", "no one": the list ends here, and no ally is called that; "they support it but …" is
            // about the ally, not its name.
            Interpret = (_, text) => s.Words.Classify(text) switch
            {
                AnswerWord.Done or AnswerWord.No => new Answer(text, EndOfList),
                null when !s.Words.Describes(text) && s.Words.WithoutNameLead(text) is { Length: > 0 } name => new Answer(name),
                _ => null,
            },
            Reprompt = v => s.Words.Describes(v.Context.Activity.Text) ? c.Text(JourneySteps.Allies, "not-a-name") : c.Question(JourneySteps.Allies, Name).Reprompt,
            Write = (v, a) =>
            {
                if (!a.Is(EndOfList))
                    s.AddAlly(v.Plan, a.Text!, v.AllyIndex);
                else if (v.AllyIndex > 0)
                    v.Progress.SetScratch(v.Position with { Question = AllyStepContext.MoreAllies, Ally = v.AllyIndex - 1 }, "no");
            },
            AfterAnswer = (_, a, _) => Task.FromResult(a.Is(EndOfList) ? StepOutcome.NextAlly : StepOutcome.Continue),
        };
        yield return new QuestionStep("ally-form", AnswerKind.Form)
        {
            PerAlly = true,
            Quick = true,
            Fields = ["ally-audience", "stance", "contact-name", "contact-role", "ask", "offer", "self-interest"],
        };
        yield return new QuestionStep("kind-and-stance", AnswerKind.TextWithSuggestions)
        {
            PerAlly = true,
            Required = true,
            Quick = true,
            When = v => v.RequireAlly.AudienceId is null && kinds.Matched(v) is not null,
            Answered = v => v.RequireAlly.AudienceId is not null && v.RequireAlly.Stance is not null,
            Text = v => $"{c.Text(JourneySteps.Allies, "audience-matched", ("ally", $"*{v.RequireAlly.Name}*"), ("audience", $"**{kinds.Name(kinds.Matched(v))}**"))} {c.Fill(v, c.Question(JourneySteps.Allies, "kind-and-stance").Text)}",
            Choices = v => [.. c.Question(JourneySteps.Allies, "stance").Choices, .. c.Question(JourneySteps.Allies, "kind-and-stance").Choices.Select(x => x with { Title = x.Title.Replace("{audience}", kinds.Name(kinds.Matched(v)), StringComparison.Ordinal) })],
            Reprompt = v => c.Fill(c.Question(JourneySteps.Allies, "kind-and-stance").Reprompt, ("ally", v.RequireAlly.Name), ("audience", kinds.Name(kinds.Matched(v)))),
            Interpret = (v, text) => KindAndStance(s, v, text),
            Write = (v, a) => WriteKindAndStance(s, v, a),
        };
        yield return new QuestionStep("audience-candidates", AnswerKind.Choice)
        {
            PerAlly = true,
            Required = true,
            Quick = true,
            When = v => v.RequireAlly.AudienceId is null && !kinds.WantsFullList(v) && kinds.CandidateIds(v).Count > 0,
            Answered = v => v.RequireAlly.AudienceId is not null,
            Text = v => c.Fill(v, c.Question(JourneySteps.Allies, "audience-candidates").Text),
            Choices = v => kinds.Audiences.Candidates(kinds.CandidateIds(v), null, c.Question(JourneySteps.Allies, "audience-candidates").Choice("something-else")),
            Suggestion = v => kinds.CandidateIds(v).FirstOrDefault(),
            Read = v => v.RequireAlly.AudienceId is { } id ? c.AudienceName(id) : null,
            Write = (v, a) =>
            {
                if (a.Is("something-else"))
                {
                    kinds.ShowFullList(v);
                    return;
                }
                v.RequireAlly.AudienceId = a.ChoiceId;
                v.SetScratch(AllyStepContext.KindChosen, "yes");
            },
        };
        yield return new QuestionStep("ally-audience", AnswerKind.Choice)
        {
            PerAlly = true,
            Required = true,
            Quick = true,
            FormRequired = true,
            When = v => v.RequireAlly.AudienceId is null,
            InForm = _ => true,
            Answered = v => v.RequireAlly.AudienceId is not null,
            FormDefault = v => v.RequireAlly.AudienceId ?? kinds.Matched(v) ?? kinds.CandidateIds(v).FirstOrDefault(),
            Choices = v => kinds.Audiences.All(kinds.CandidateIds(v)),
            Suggestion = v => kinds.CandidateIds(v).FirstOrDefault(),
            Read = v => v.RequireAlly.AudienceId is { } id ? c.AudienceName(id) : null,
            Write = (v, a) =>
            {
                v.SetScratch(AllyStepContext.KindChosen, a.ChoiceId == kinds.Matched(v) ? null : "yes");
                v.RequireAlly.AudienceId = a.ChoiceId;
            },
        };
        yield return new QuestionStep("stance", AnswerKind.Choice)
        {
            PerAlly = true,
            Quick = true,
            FormRequired = true,
            InForm = _ => true,
            Answered = v => v.RequireAlly.Stance is not null,
            Read = v => c.ChoiceAnswer(JourneySteps.Allies, "stance", v.RequireAlly.Stance),
            Write = (v, a) => v.RequireAlly.Stance = a.ChoiceId,
        };
        foreach (var step in ContactSteps(s))
            yield return step;
        foreach (var step in ExchangeSteps(s))
            yield return step;
    }

    private static IEnumerable<QuestionStep> ContactSteps(AllyStepContext s)
    {
        var c = s.Content;
        var kinds = s.Kinds;
        bool Organization(StepView v) => !kinds.IsPerson(v.Ally);
        yield return new QuestionStep("best-contact", AnswerKind.Text)
        {
            ContentStep = JourneySteps.Contact,
            PerAlly = true,
            Quick = true,
            When = Organization,
            Answered = v => v.RequireAlly.Contact.Name is not null || v.RequireAlly.Contact.Role is not null
                            || v.Progress.IsSkipped(v.At("contact-name").Position) || v.Progress.IsSkipped(v.At("contact-role").Position),
            BeforeAsk = s.AnnounceAsync,
            Read = v => Contact(v.RequireAlly.Contact),
            Write = (v, a) => WriteContact(v.RequireAlly.Contact, ContactParser.Parse(a.Text)),
        };
        yield return new QuestionStep("contact-name", AnswerKind.Text)
        {
            ShortAnswer = true,
            ContentStep = JourneySteps.Contact,
            PerAlly = true,
            Quick = true,
            // Also for an ally named by title only ("the union president"): the greeting needs a name.
            When = v => v.RequireAlly.Contact is { Name: null, Role: not null },
            InForm = v => Organization(v) || v.RequireAlly.Contact.Name is null,
            Answered = v => v.RequireAlly.Contact.Name is not null,
            BeforeAsk = s.AnnounceAsync,
            Read = v => v.RequireAlly.Contact.Name,
            Write = (v, a) =>
            {
                var parts = ContactParser.Parse(a.Text);
                var contact = v.RequireAlly.Contact;
                contact.Name = parts.Name ?? PersonName.Parse(a.Text)?.Full ?? AnswerText.Clause(a.Text);
                contact.Role = parts.Title ?? contact.Role;
                contact.Note ??= parts.Note;
            },
        };
        yield return new QuestionStep("contact-role", AnswerKind.Text)
        {
            ShortAnswer = true,
            ContentStep = JourneySteps.Contact,
            PerAlly = true,
            Quick = true,
            // Only after a bare name: an answer that also said who they are ("Maria Lopez, who started the
            // parents' group") gave what the user knows of their role, kept as a note.
            When = v => Organization(v) && v.RequireAlly.Contact is { Name: not null, Role: null, Note: null },
            InForm = v => Organization(v) || v.RequireAlly.Contact.Name is null,
            Answered = v => v.RequireAlly.Contact.Role is not null,
            BeforeAsk = s.AnnounceAsync,
            Read = v => v.RequireAlly.Contact.Role,
            Write = (v, a) => v.RequireAlly.Contact.Role = AnswerText.Clause(a.Text),
        };
    }

    private static IEnumerable<QuestionStep> ExchangeSteps(AllyStepContext s)
    {
        var c = s.Content;
        yield return SentenceStep(s, "ask", "label-ask", p => p.Asks, a => a.Ask, (a, t) => a.Ask = t, async (v, ct) =>
        {
            await s.AnnounceAsync(v, ct);
            if (v.Reason == AskReason.Forward && v.AllyIndex == 0 && v.Progress.Path == JourneyPaths.FullPlan)
                await v.SayAsync(c, JourneySteps.Exchange, "intro", ct);
        });
        yield return SentenceStep(s, "offer", "label-offer", p => p.Offers, a => a.Offer, (a, t) => a.Offer = t);
        yield return new QuestionStep("self-interest", AnswerKind.TextWithSuggestions)
        {
            ContentStep = JourneySteps.Exchange,
            PerAlly = true,
            Quick = true,
            FormRequired = true,
            NonAnswer = NonAnswerPolicy.Suggestion,
            Answered = v => v.RequireAlly.SelfInterest is not null,
            Text = v => $"{c.Fill(v, c.Question(JourneySteps.Exchange, "self-interest").Text)} {c.Text(v, JourneySteps.Exchange, "self-interest-suggestion", ("suggestion", Suggestion(s, v)))}",
            Suggestion = v => Suggestion(s, v),
            FormDefault = v => v.RequireAlly.SelfInterest ?? Suggestion(s, v),
            Read = v => v.RequireAlly.SelfInterest,
            Write = (v, a) => WriteSelfInterest(s, v, a),
            AfterAnswer = async (v, _, ct) =>
            {
                if (v.Scratch(PrivateNoteKept) is not null)
                {
                    v.SetScratch(PrivateNoteKept, null);
                    await v.SendAsync(c.Text(v, JourneySteps.Exchange, "self-interest-private", ("suggestion", Suggestion(s, v))), ct);
                }
                return StepOutcome.Continue;
            },
        };
    }

    /// <summary>
    /// The ask or the offer: the words that finish the sentence of its card label ("Would you be willing to …",
    /// "In return, we can …"), with the audience's usual lines as buttons, ideas and the suggestion.
    /// </summary>
    private static QuestionStep SentenceStep(AllyStepContext s, string id, string frameKey, Func<AudienceProfile, IReadOnlyList<string>> lines,
        Func<AllyEntry, string?> read, Action<AllyEntry, string?> write, Func<StepView, CancellationToken, Task>? before = null) =>
        new(id, AnswerKind.TextWithSuggestions)
        {
            ContentStep = JourneySteps.Exchange,
            PerAlly = true,
            Quick = true,
            FormRequired = true,
            NonAnswer = NonAnswerPolicy.Examples,
            Answered = v => read(v.RequireAlly) is not null,
            BeforeAsk = before,
            Choices = v => Ideas(s, v, lines, frameKey),
            Ideas = v => Ideas(s, v, lines, frameKey).Select(x => x.Title).ToList(),
            Suggestion = v => s.ProfileLine(v, lines),
            Read = v => read(v.RequireAlly),
            Write = (v, a) => write(v.RequireAlly, Frame(s.Content, frameKey, a.Text)),
        };

    /// <summary>"yes, they support it…", "no, they're a nonprofit organization", "neutral": the kind confirmed or corrected, and the stance if given.</summary>
    private static Answer? KindAndStance(AllyStepContext s, StepView view, string text)
    {
        var kinds = s.Kinds;
        var matched = kinds.Matched(view);
        var (lead, rest) = s.Words.SplitLead(text);
        var stances = ChoiceList.From(s.Content.Question(JourneySteps.Allies, "stance").Choices);
        var stance = ChoiceRecognizers.RecognizeBest(rest.Length > 0 ? rest : text, stances)?.Value;
        var notThis = ChoiceRecognizers.RecognizeBest(text, ChoiceList.From(s.Content.Question(JourneySteps.Allies, "kind-and-stance").Choices), Exact) is not null;
        var corrected = kinds.Audiences.Match(rest).Best;
        if (lead == AnswerWord.No || notThis)
            return new Answer(text, "not-audience", corrected is not null && corrected != matched ? corrected : null);
        if (stance is not null)
            return new Answer(text, stance);
        if (lead == AnswerWord.Yes)
            return new Answer(text, "yes");
        // "They're a nonprofit organization": another kind, said without a "no".
        return corrected is not null && corrected != matched && kinds.Audiences.Match(text).Best == corrected
            ? new Answer(text, "not-audience", corrected)
            : null;
    }

    private static void WriteKindAndStance(AllyStepContext s, StepView view, Answer answer)
    {
        var ally = view.RequireAlly;
        var matched = s.Kinds.Matched(view);
        if (answer.Is("not-audience"))
        {
            s.Kinds.Reject(view, matched);
            ally.AudienceId = answer.Detail;
            view.SetScratch(AllyStepContext.KindChosen, "yes");
            return;
        }
        ally.AudienceId = matched;
        if (answer.ChoiceId is not "yes")
            ally.Stance = answer.ChoiceId;
    }

    private static readonly FindChoicesOptions Exact = new() { AllowPartialMatches = false, RecognizeNumbers = false, RecognizeOrdinals = false };

    private static void WriteContact(ContactInfo contact, ContactParts parts)
    {
        contact.Name = parts.Name;
        contact.Role = parts.Title;
        contact.Note = parts.Note;
    }

    private static string? Contact(ContactInfo contact) =>
        contact.Name is null ? contact.Role : contact.Role is null ? contact.Name : $"{contact.Name}, {contact.Role}";

    /// <summary>The audience's typical asks or offers, as buttons and ideas for someone who has none.</summary>
    /// <summary>
    /// The profile's lines as ideas that finish the question's sentence: a line that is a thing rather than an
    /// action ("research on how your issue affects health") is put in the library's frame for it
    /// (<c>idea-label-offer</c>: "offer …"), so the idea reads after "In return, we can …".
    /// </summary>
    private static IReadOnlyList<Choice> Ideas(AllyStepContext s, StepView view, Func<AudienceProfile, IReadOnlyList<string>> lines, string frameKey)
    {
        if (s.Kinds.LikelyProfile(view) is not { } profile)
            return [];
        var texts = s.Content.Library.Step(JourneySteps.Exchange).Texts;
        var thingFrame = texts.GetValueOrDefault("idea-" + frameKey);
        return lines(profile).Take(3)
            .Select(line => thingFrame is not null && !AnswerText.IsAction(line) ? s.Content.Fill(thingFrame, ("idea", line)) : line)
            .Select((line, i) => ChoiceList.Make($"idea-{i}", line))
            .ToList();
    }

    private static string Suggestion(AllyStepContext s, StepView view) =>
        s.ProfileLine(view, p => p.SelfInterests) ?? string.Empty;

    /// <summary>Said about the ally ("She's up for re-election") rather than to them: a private note, and the profile's line in the pitch.</summary>
    private static void WriteSelfInterest(AllyStepContext s, StepView view, Answer answer)
    {
        var ally = view.RequireAlly;
        var suggestion = Suggestion(s, view);
        if (answer.Is("suggested") || string.IsNullOrWhiteSpace(answer.Text))
        {
            ally.SelfInterest = suggestion;
            return;
        }
        var personName = s.Kinds.IsPerson(ally) ? ally.Name : null;
        if (suggestion.Length > 0 && s.Words.SoundsThirdPerson(answer.Text, ally.Contact.Name, personName))
        {
            ally.Motives = string.IsNullOrWhiteSpace(ally.Motives) ? answer.Text : $"{ally.Motives} {answer.Text}";
            ally.SelfInterest = suggestion;
            view.SetScratch(PrivateNoteKept, "yes");
            return;
        }
        ally.SelfInterest = answer.Text;
    }

    /// <summary>An answer without the sentence frame it was asked in: "Would you be willing to testify?" → "testify".</summary>
    private static string? Frame(CoachingContent content, string labelKey, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return text;
        var frame = content.Text(JourneySteps.Exchange, labelKey).TrimEnd('…', '.', ' ');
        var trimmed = text.Trim();
        if (trimmed.StartsWith(frame, StringComparison.OrdinalIgnoreCase))
            trimmed = trimmed[frame.Length..].TrimStart(',', ' ');
        return trimmed.TrimEnd('?').Trim();
    }
}
