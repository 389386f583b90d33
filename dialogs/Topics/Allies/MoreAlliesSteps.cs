using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Content.Model;
using Choice = AllyBot.Content.Model.Choice;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>
/// After the last ally: who is missing from the list (the gaps pointed out), "anyone else?" with the
/// remaining brainstorm ideas as buttons (a name typed, "yes, the transit workers union" or an idea picked
/// adds that ally at once); at the end of a quick pitch, what next (the full plan, meeting prep, another
/// pitch). The gaps and alliance-breadth questions are depth, asked when working on the allies part.
/// </summary>
internal static class MoreAlliesSteps
{
    public const string AfterQuick = "after-quick";

    public static IEnumerable<QuestionStep> PerAlly(AllyStepContext s)
    {
        var c = s.Content;
        yield return new QuestionStep(AllyStepContext.MoreAllies, AnswerKind.TextWithSuggestions)
        {
            PerAlly = true,
            Required = true,
            When = v => v.AllyIndex == v.Plan.Allies.Count - 1 && !AllyStepContext.IsQuick(v) && v.Progress.FocusAlly is null,
            Answered = v => v.Scratch(AllyStepContext.MoreAllies) is not null,
            BeforeAsk = (v, ct) => v.Reason == AskReason.Forward ? CountAndGapsAsync(c, v, ct) : Task.CompletedTask,
            Choices = v => [.. s.Candidates(v).Take(4).Select((name, i) => ChoiceList.Make($"idea-{i}", name)), .. c.Question(JourneySteps.Allies, AllyStepContext.MoreAllies).Choices],
            Read = v => c.ChoiceAnswer(JourneySteps.Allies, AllyStepContext.MoreAllies, v.Scratch(AllyStepContext.MoreAllies)),
            Interpret = (v, text) => More(s, v, text),
            Write = (v, a) =>
            {
                if (a.Detail is { Length: > 0 } name)
                    s.AddAlly(v.Plan, name);
                v.SetScratch(AllyStepContext.MoreAllies, a.ChoiceId);
            },
        };
    }

    public static IEnumerable<QuestionStep> After(AllyStepContext s)
    {
        var c = s.Content;
        yield return new QuestionStep(AfterQuick, AnswerKind.Choice)
        {
            Required = true,
            Quick = true,
            When = v => AllyStepContext.IsQuick(v) && v.Plan.Allies.Count > 0,
            BeforeAsk = (v, ct) => v.Reason == AskReason.Forward && LastPitched(v) is { } ally
                ? v.SendAsync(c.Text(JourneySteps.Allies, "quick-saved", ("ally", ally.Name)), ct)
                : Task.CompletedTask,
            AfterAnswer = (v, a, _) => Task.FromResult(a.ChoiceId switch
            {
                "another" => StepOutcome.JumpTo(new Position(v.Position.Topic, AllyCoreSteps.Name, v.Plan.Allies.Count)),
                _ => StepOutcome.Finish(new TopicResult(v.Position.Topic, TopicExit.Route, Route: a.ChoiceId, Ally: v.Plan.Allies.Count - 1)),
            }),
        };
        yield return new QuestionStep("gaps", AnswerKind.Text)
        {
            Depth = true,
            BeforeAsk = (v, ct) => v.Reason == AskReason.Forward ? GapsAsync(c, v, ct) : Task.CompletedTask,
            Answered = v => v.Plan.Brainstorm.Gaps is not null,
            Read = v => v.Plan.Brainstorm.Gaps,
            Write = (v, a) => v.Plan.Brainstorm.Gaps = a.Text,
        };
        yield return new QuestionStep("alliance-breadth", AnswerKind.Choice)
        {
            Depth = true,
            Answered = v => v.Plan.Brainstorm.Breadth is not null,
            Read = v => c.ChoiceAnswer(JourneySteps.Allies, "alliance-breadth", v.Plan.Brainstorm.Breadth),
            Write = (v, a) => v.Plan.Brainstorm.Breadth = a.ChoiceId,
        };
    }

    private static AllyEntry? LastPitched(StepView view) =>
        view.Plan.Allies.LastOrDefault(a => view.Plan.Pitches.Any(p => p.Ally == a.Name));

    /// <summary>"no" / "that's all" → no; "yes" → ask for the name; an idea, a name, or "yes, the transit workers union" → that ally.</summary>
    private static Answer? More(AllyStepContext s, StepView view, string text)
    {
        var (lead, rest) = s.Words.SplitLead(text);
        var word = s.Words.Classify(text);
        if (word is AnswerWord.Done or AnswerWord.No || lead == AnswerWord.No || s.Words.Classify(rest) is AnswerWord.Done or AnswerWord.No)
            return new Answer(text, "no");
        var choices = ChoiceList.From(s.Content.Question(JourneySteps.Allies, AllyStepContext.MoreAllies).Choices);
        if (ChoiceRecognizers.RecognizeBest(text, choices, Exact) is { } found)
            return new Answer(text, found.Value);
        var ideas = s.Candidates(view);
        var idea = ideas.FirstOrDefault(i => AllyCandidates.Key(i) == AllyCandidates.Key(rest));
        var name = idea ?? (rest.Length > 0 ? rest : null);
        if (name is null || word is not null || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > AllyCandidates.MaxWords)
            return lead == AnswerWord.Yes ? new Answer(text, "yes") : null;
        return new Answer(text, "yes", name.TrimEnd('.', '!'));
    }

    private static readonly FindChoicesOptions Exact = new() { AllowPartialMatches = false, RecognizeNumbers = false, RecognizeOrdinals = false };

    private static async Task CountAndGapsAsync(CoachingContent content, StepView view, CancellationToken cancellationToken)
    {
        await view.SayAsync(content, JourneySteps.Allies, view.Plan.Allies.Count == 1 ? "ally-count-one" : "ally-count", cancellationToken);
        await GapsAsync(content, view, cancellationToken);
    }

    /// <summary>Points out which kinds of people no ally on the list represents yet.</summary>
    private static Task GapsAsync(CoachingContent content, StepView view, CancellationToken cancellationToken)
    {
        var represented = view.Plan.Allies
            .Where(a => a.Stance is not ("active-opposition" or "passive-opposition") && a.AudienceId is not null)
            .Select(a => a.AudienceId!)
            .ToHashSet(StringComparer.Ordinal);
        var missing = content.Question(JourneySteps.Allies, "representation").Choices
            .Where(group => !group.Synonyms.Any(represented.Contains))
            .Select(group => group.Title)
            .ToList();
        var text = missing.Count == 0
            ? content.Text(JourneySteps.Allies, "gaps-none")
            : $"{content.Text(JourneySteps.Allies, "gaps-check")} {content.Text(JourneySteps.Allies, "gaps-missing")} {string.Join(", ", missing)}.";
        return view.SendAsync(text, cancellationToken);
    }
}
