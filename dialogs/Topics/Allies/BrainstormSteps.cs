using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Content.Matching;
using AllyBot.Content.Model;
using Choice = AllyBot.Content.Model.Choice;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>
/// The brainstorm before the allies: who could help (values, lived experience, resources, the unexpected)
/// and who might oppose it (kept in the plan, never in a pitch). The names in the first answer become
/// candidates the user picks from ("1 and 3", "all", the names, or someone else), so nobody retypes them.
/// </summary>
internal static partial class BrainstormSteps
{
    public const string PickAllies = "pick-allies";

    public static IEnumerable<QuestionStep> Create(AllyStepContext s)
    {
        var c = s.Content;
        yield return new QuestionStep("brainstorm-form", AnswerKind.Form)
        {
            Fields = ["could-help", "opposition"],
        };
        yield return new QuestionStep("could-help", AnswerKind.Text)
        {
            Answered = v => v.Plan.Brainstorm.CouldHelp is not null,
            Read = v => v.Plan.Brainstorm.CouldHelp,
            Write = (v, a) => v.Plan.Brainstorm.CouldHelp = a.Text,
        };
        yield return new QuestionStep("opposition", AnswerKind.Text)
        {
            Answered = v => v.Plan.Brainstorm.Opposition is not null,
            Read = v => v.Plan.Brainstorm.Opposition,
            Write = (v, a) => v.Plan.Brainstorm.Opposition = a.Text,
        };
        yield return new QuestionStep("pick-form", AnswerKind.Form)
        {
            ContentStep = JourneySteps.Allies,
            When = v => s.Candidates(v).Count > 0,
            Fields = ["pick-list", "pick-other"],
        };
        yield return new QuestionStep(PickAllies, AnswerKind.TextWithSuggestions)
        {
            Required = true,
            When = v => s.Candidates(v).Count > 0,
            Answered = v => v.Scratch(AllyStepContext.Picked) is not null || v.Progress.IsSkipped(v.At("pick-list").Position),
            Text = v => PickText(s, v),
            Choices = v => [.. Numbered(s.Candidates(v)), .. c.Question(JourneySteps.Allies, PickAllies).Choices],
            Interpret = (v, text) => Pick(s, v, text),
            Write = (v, a) => AddPicked(s, v, a.Detail),
            AfterAnswer = PickedAsync(s),
        };
        // The card form's fields: the candidates as checkboxes (answered with their numbers) and another name.
        yield return new QuestionStep("pick-list", AnswerKind.Text)
        {
            MultiSelect = true,
            When = _ => false,
            InForm = _ => true,
            Answered = v => v.Scratch(AllyStepContext.Picked) is not null,
            Choices = v => Numbered(s.Candidates(v)).ToList(),
            Interpret = (v, text) => Pick(s, v, text),
            Write = (v, a) => AddPicked(s, v, a.Detail),
            AfterAnswer = PickedAsync(s),
        };
        yield return new QuestionStep("pick-other", AnswerKind.Text)
        {
            When = _ => false,
            InForm = _ => true,
            Answered = v => v.Scratch(AllyStepContext.Picked) is not null,
            Write = (v, a) =>
            {
                var ally = s.AddAlly(v.Plan, a.Text!);
                v.SetScratch(AllyStepContext.Picked, Joined(v.Scratch(AllyStepContext.Picked), ally.Name));
            },
        };
    }

    private static IEnumerable<Choice> Numbered(IReadOnlyList<string> candidates) =>
        candidates.Select((name, i) => ChoiceList.Make($"candidate-{i + 1}", name));

    private static string PickText(AllyStepContext s, StepView view)
    {
        var c = s.Content;
        var lines = s.Candidates(view).Select((name, i) => $"{i + 1}. {name}");
        return $"{c.Text(JourneySteps.Allies, "pick-allies-intro")}\n{string.Join('\n', lines)}\n\n{c.Question(JourneySteps.Allies, PickAllies).Text} {c.Text(JourneySteps.Allies, "pick-allies-how")}";
    }

    /// <summary>
    /// "1 and 3", "all", "the union and the clinic", "the second one", or a new name: the picks as their
    /// numbers in <see cref="Answer.Detail"/> ("1,3", or "+name" for a new one); null when nothing fits.
    /// </summary>
    private static Answer? Pick(AllyStepContext s, StepView view, string text)
    {
        var candidates = s.Candidates(view);
        var special = ChoiceList.From(s.Content.Question(JourneySteps.Allies, PickAllies).Choices);
        var whole = ChoiceRecognizers.RecognizeBest(text, special, new FindChoicesOptions { AllowPartialMatches = false, RecognizeNumbers = false, RecognizeOrdinals = false });
        if (whole?.Value == "all")
            return new Answer(text, "picked", string.Join(',', Enumerable.Range(1, candidates.Count)));
        if (whole?.Value == "someone-else" || s.Words.Classify(text) is AnswerWord.Done or AnswerWord.No)
            return new Answer(text, "picked", string.Empty);

        // "1 3", "1, 3 and 4": only numbers.
        if (OnlyNumbers().IsMatch(text))
        {
            var numbers = Number().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Where(n => n >= 1 && n <= candidates.Count).Distinct().ToList();
            return numbers.Count > 0 ? new Answer(text, "picked", string.Join(',', numbers)) : null;
        }
        var choices = ChoiceList.From(Numbered(candidates));
        var picks = new List<int>();
        foreach (var part in text.Split([",", ";", " and ", " & ", "+"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var index = ChoiceRecognizers.RecognizeBest(part, choices)?.Index ?? SharedWords(part, candidates);
            if (index is { } i && !picks.Contains(i + 1))
                picks.Add(i + 1);
        }
        if (picks.Count > 0)
            return new Answer(text, "picked", string.Join(',', picks));
        // Nothing on the list: a name of someone else ("or name someone else").
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is > 0 and <= AllyCandidates.MaxWords && s.Words.Classify(text) is null
            ? new Answer(text, "picked", "+" + text.Trim())
            : null;
    }

    /// <summary>Adds the picked candidates (or the new name) to the plan; the scratch keeps their names for the word after.</summary>
    /// <summary>"Dr. Reyes" → "Dr. Alan Reyes, VP of quality": the one candidate sharing the most words with the part, or null.</summary>
    private static int? SharedWords(string part, IReadOnlyList<string> candidates)
    {
        var words = TextNormalizer.ContentTokens(part).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);
        var scored = candidates.Select((c, i) => (Index: i, Score: TextNormalizer.ContentTokens(c).Count(words.Contains)))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ToList();
        return scored.Count > 0 && (scored.Count == 1 || scored[0].Score > scored[1].Score) ? scored[0].Index : null;
    }

    private static void AddPicked(AllyStepContext s, StepView view, string? detail)
    {
        var candidates = s.Candidates(view);
        var names = new List<string>();
        if (detail is ['+', .. var name])
        {
            names.Add(s.AddAlly(view.Plan, name).Name);
        }
        else
        {
            foreach (var number in (detail ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(number, out var n) && n >= 1 && n <= candidates.Count)
                    names.Add(s.AddAlly(view.Plan, candidates[n - 1]).Name);
            }
        }
        view.SetScratch(AllyStepContext.Picked, Joined(view.Scratch(AllyStepContext.Picked), [.. names]));
    }

    /// <summary>The scratch value: "yes" then the names picked, one a line ("yes" alone when nobody was).</summary>
    private static string Joined(string? before, params string[] names) =>
        string.Join('\n', new[] { before ?? "yes" }.Concat(names));

    private static Func<StepView, Answer, CancellationToken, Task<StepOutcome>> PickedAsync(AllyStepContext s) => async (view, _, ct) =>
    {
        var names = (view.Scratch(AllyStepContext.Picked) ?? string.Empty).Split('\n').Skip(1).ToList();
        if (names.Count > 0)
            await view.SendAsync(s.Content.Text(JourneySteps.Allies, "picked", ("choices", string.Join(", ", names))), ct);
        return StepOutcome.Continue;
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\d,;&+.]*(?:\band\b[\s\d,;&+.]*)*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OnlyNumbers();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Number();
}
