using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Content.Model;
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

    /// <summary>How many remaining brainstorm ideas are offered as buttons at "anyone else?".</summary>
    private const int IdeaButtons = 4;

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
            Choices = v => [.. s.Candidates(v).Take(IdeaButtons).Select((name, i) => ChoiceList.Make($"idea-{i}", name)), .. c.Question(JourneySteps.Allies, AllyStepContext.MoreAllies).Choices],
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

    /// <summary>
    /// "no" / "that's all" → no; "yes" → ask for the name; "yes, the transit workers union", an idea (by its
    /// name or number) or any other name → that ally at once.
    /// </summary>
    private static Answer? More(AllyStepContext s, StepView view, string text)
    {
        var (lead, rest) = s.Words.SplitLead(text);
        var word = s.Words.Classify(text);
        if (word is AnswerWord.Done or AnswerWord.No || lead == AnswerWord.No || s.Words.Classify(rest) is AnswerWord.Done or AnswerWord.No)
            return new Answer(text, "no");
        var ideas = s.Candidates(view);
        var yesNo = ChoiceList.From(s.Content.Question(JourneySteps.Allies, AllyStepContext.MoreAllies).Choices);
        if (ChoiceRecognizers.RecognizeBest(text, yesNo, WholeAnswer) is { } button)
            return new Answer(text, button.Value);
        if (lead == AnswerWord.Yes && rest.Length > 0)
            return Named(ideas.FirstOrDefault(i => AllyCandidates.Key(i) == AllyCandidates.Key(rest)) ?? rest);
        var choices = ChoiceList.From([.. ideas.Take(IdeaButtons).Select((name, i) => ChoiceList.Make($"idea-{i}", name)), .. s.Content.Question(JourneySteps.Allies, AllyStepContext.MoreAllies).Choices]);
        switch (ChoiceRecognizers.RecognizeBest(text, choices)?.Value)
        {
            case "no":
                return new Answer(text, "no");
            case "yes":
                return new Answer(text, "yes");
            case { } idea when idea.StartsWith("idea-", StringComparison.Ordinal):
                return Named(ideas[int.Parse(idea["idea-".Length..], System.Globalization.CultureInfo.InvariantCulture)]);
        }
        return word is null ? Named(text) : null;

        Answer? Named(string name) =>
            name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= AllyCandidates.MaxWords
                ? new Answer(text, "yes", name.Trim().TrimEnd('.', '!'))
                : null;
    }


    private static readonly FindChoicesOptions WholeAnswer = new() { AllowPartialMatches = false, RecognizeNumbers = false, RecognizeOrdinals = false };

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
