using System.Text.Json;
using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Content.Drafting;
using AllyBot.Content.Generative.Intake;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Topics;
using AllyBot.Dialogs.Topics.Allies;

namespace AllyBot.Dialogs.Generative;

/// <summary>
/// Free-form intake, at the start of a full plan when a model reads paragraphs (<see cref="JourneyGenerative.Intake"/>):
/// "a few sentences, or one question at a time?"; the paragraph, read by the model (only what the person wrote is
/// kept); then what was understood as a numbered list to confirm or correct in one answer ("yes", "change 2 to …",
/// "remove 5", or "no" to leave it all out). Only then does it go into the plan, and the journey asks what is
/// missing: every question whose answer the plan now holds is passed over. Without a model none of it is asked.
/// </summary>
internal static class IntakeSteps
{
    public const string Offer = "intake-offer";
    public const string Paragraph = "intake-paragraph";
    public const string Confirm = "intake-confirm";
    public const string ByParagraph = "paragraph";
    public const string ByQuestions = "questions";

    /// <summary>Scratch: what the model understood (IntakeResult JSON); the confirm question's scratch says it was answered.</summary>
    private const string PendingKey = "intake-pending";
    private const string Corrected = "corrected";

    public static IReadOnlyList<string> OfferChoices { get; } = [ByParagraph, ByQuestions];

    public static IEnumerable<QuestionStep> Create(JourneyServices services)
    {
        var content = services.Content;
        var list = new IntakeList(content, services.Matcher);
        var allies = new AllyStepContext(services);
        yield return new QuestionStep(Offer, AnswerKind.Choice)
        {
            ContentStep = GenerativeTexts.Step,
            Part = JourneySteps.Goal,
            When = v => services.Generative.Intake is not null
                        && v.Progress is { WholeJourney: true, Path: JourneyPaths.FullPlan, Part: null } && !v.Plan.HasContent,
            Answered = v => v.Scratch(Offer) is not null,
            Read = v => content.ChoiceAnswer(GenerativeTexts.Step, Offer, v.Scratch(Offer)),
            Write = (v, a) => v.SetScratch(Offer, a.ChoiceId),
        };
        yield return new QuestionStep(Paragraph, AnswerKind.Text)
        {
            ContentStep = GenerativeTexts.Step,
            Part = JourneySteps.Goal,
            AcceptsQuestions = true,
            When = v => services.Generative.Intake is not null && v.Scratch(Offer) == ByParagraph && !v.Plan.HasContent,
            Answered = v => v.Scratch(Paragraph) is not null,
            Write = (v, _) => v.SetScratch(Paragraph, "read"),
            AfterAnswer = async (v, a, ct) =>
            {
                var result = await services.Generative.Intake!.ExtractAsync(a.Text ?? string.Empty, ct);
                if (result.Fallback is not null || result.IsEmpty)
                    await v.SendAsync(content.Text(GenerativeTexts.Step, GenerativeTexts.IntakeNone), ct);
                else
                    v.SetScratch(PendingKey, JsonSerializer.Serialize(result));
                return StepOutcome.Continue;
            },
        };
        yield return new QuestionStep(Confirm, AnswerKind.TextWithSuggestions)
        {
            ContentStep = GenerativeTexts.Step,
            Part = JourneySteps.Goal,
            Required = true,
            AcceptsQuestions = true,
            When = v => Pending(v) is not null,
            Answered = v => v.Scratch(Confirm) is not null,
            Text = v => $"{list.Describe(Pending(v)!)}\n\n{content.Question(GenerativeTexts.Step, Confirm).Text}",
            Interpret = (v, text) => Read(content, services.Words, list, Pending(v)!, text),
            Write = (v, a) =>
            {
                var pending = Pending(v)!;
                v.SetScratch(Confirm, a.ChoiceId);
                if (!a.Is("no"))
                    Fill(allies, v.Plan, a.Is(Corrected) ? list.Apply(pending, IntakeList.Deserialize(a.Detail)) : pending);
            },
            AfterAnswer = async (v, a, ct) =>
            {
                var said = a.Is("no") ? GenerativeTexts.IntakeDiscarded : a.Is(Corrected) ? GenerativeTexts.IntakeCorrected : GenerativeTexts.IntakeSaved;
                await v.SendAsync(content.Text(GenerativeTexts.Step, said), ct);
                return StepOutcome.Continue;
            },
        };
    }

    private static IntakeResult? Pending(StepView view) =>
        view.Scratch(PendingKey) is { } json ? JsonSerializer.Deserialize<IntakeResult>(json) : null;

    /// <summary>"yes" (the button, or any yes), "no", or corrections; null when it is none of them.</summary>
    private static Answer? Read(CoachingContent content, AnswerWords words, IntakeList list, IntakeResult pending, string text)
    {
        var choices = ChoiceList.From(content.Question(GenerativeTexts.Step, Confirm).Choices);
        var exact = ChoiceRecognizers.RecognizeBest(text, choices, new FindChoicesOptions { AllowPartialMatches = false, RecognizeNumbers = false, RecognizeOrdinals = false });
        if (exact is not null)
            return new Answer(text, exact.Value);
        if (list.ReadCorrections(text, pending) is { } corrections)
            return new Answer(text, Corrected, IntakeList.Serialize(corrections));
        return words.Classify(text) switch
        {
            AnswerWord.Yes => new Answer(text, "yes"),
            AnswerWord.No => new Answer(text, "no"),
            _ => null,
        };
    }

    /// <summary>Puts what was confirmed into the (empty) plan, the way the questions would have stored it.</summary>
    private static void Fill(AllyStepContext allies, CoalitionPlan plan, IntakeResult result)
    {
        plan.Goal.Statement = result.Goal;
        plan.Goal.Issue = result.Problem;
        plan.Goal.Solution = result.Solution;
        foreach (var found in result.Allies)
        {
            // By name: answering again after "back" updates the allies instead of adding them twice.
            var ally = plan.Allies.FirstOrDefault(a => string.Equals(a.Name, found.Name, StringComparison.OrdinalIgnoreCase))
                       ?? allies.AddAlly(plan, found.Name);
            ally.AudienceId = found.AudienceId;
            if (found.Contact is { } contact && ally.Contact is { Name: null, Role: null })
            {
                var parts = ContactParser.Parse(contact);
                ally.Contact.Name = parts.Name;
                ally.Contact.Role = parts.Title;
                ally.Contact.Note = parts.Note;
            }
            ally.Ask = found.Ask;
            ally.Offer = found.Offer;
        }
        // Who could help is answered: the allies named (so the brainstorm offers no one twice).
        if (result.Allies.Count > 0)
            plan.Brainstorm.CouldHelp ??= string.Join(", ", plan.Allies.Select(a => a.Name));
    }
}
