using System.Globalization;
using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Generative;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics.Allies;

/// <summary>
/// The pitch for each ally, right after its core questions: drafted with the angle its stance suggests and
/// shown (short and long as separate messages, ready to copy), then keep it, keep it and plan more with the
/// ally (the depth questions), edit either version, try another angle, or discard it. With a model that
/// polishes pitches, the draft is streamed and another version or a tone can be asked for
/// (Generative.PolishedPitches). Working on the pitches part from the menu first asks which ally, and which angle.
/// </summary>
internal static class PitchSteps
{
    public const string Tweak = "tweak";
    private const string AngleKey = "angle";
    private const string ApproachShown = "approach-shown";
    private static readonly string[] ApproachTips = ["respect-open-mind", "dress-and-notepad", "not-last-meeting", "know-the-person"];

    public static IEnumerable<QuestionStep> ChooseAlly()
    {
        static IReadOnlyList<Choice> Allies(StepView v, bool withAudience) =>
            v.Plan.Allies.Select((a, i) => (a, i)).Where(x => !withAudience || x.a.AudienceId is not null)
                .Select(x => ChoiceList.Make(x.i.ToString(CultureInfo.InvariantCulture), x.a.Name)).ToList();
        static void Focus(StepView v, Answer a) => v.Progress.FocusAlly = int.Parse(a.ChoiceId!, CultureInfo.InvariantCulture);
        yield return new QuestionStep("choose-ally", AnswerKind.Choice)
        {
            ContentStep = JourneySteps.Pitches,
            Required = true,
            When = v => v.Progress is { Part: JourneySteps.Pitches, Editing: true, FocusAlly: null } && v.Plan.Allies.Any(a => a.AudienceId is not null),
            Choices = v => Allies(v, withAudience: true),
            Read = v => v.Progress.FocusAlly is { } i && i < v.Plan.Allies.Count ? v.Plan.Allies[i].Name : null,
            Write = Focus,
        };
        yield return new QuestionStep("which-ally", AnswerKind.Choice)
        {
            Part = QuestionStep.AnyPart,
            Required = true,
            When = v => v.Progress is { Part: JourneySteps.Contact or JourneySteps.Exchange, Editing: true, FocusAlly: null } && v.Plan.Allies.Count > 0,
            Choices = v => Allies(v, withAudience: false),
            Write = Focus,
        };
    }

    public static IEnumerable<QuestionStep> Create(AllyStepContext s, Func<StepView, bool> depthAvailable)
    {
        var c = s.Content;
        yield return new QuestionStep("angle", AnswerKind.Choice)
        {
            ContentStep = JourneySteps.Pitches,
            PerAlly = true,
            When = v => v.RequireAlly.AudienceId is not null && v.Progress is { Part: JourneySteps.Pitches, Editing: true },
            Suggestion = v => PitchDrafting.Stance(v.RequireAlly).SuggestedAngle().ToId(),
            Read = v => c.ChoiceAnswer(JourneySteps.Pitches, "angle", v.Scratch(AngleKey)),
            Write = (v, a) => v.SetScratch(AngleKey, a.ChoiceId),
        };
        yield return new QuestionStep(Tweak, AnswerKind.Choice)
        {
            ContentStep = JourneySteps.Pitches,
            PerAlly = true,
            Required = true,
            Quick = true,
            When = v => v.RequireAlly.AudienceId is not null,
            Answered = s.HasPitch,
            BeforeAsk = (v, ct) => DraftAndShowAsync(s, v, ct),
            Choices = v => c.Question(JourneySteps.Pitches, Tweak).Choices
                .Where(x => x.Id != "keep-deeper" || (v.Progress is { WholeJourney: true, Path: JourneyPaths.FullPlan } && depthAvailable(v)))
                .Where(x => !PitchVariants.IsVariant(x.Id) || s.Services.Generative.Polished is not null)
                .ToList(),
            Suggestion = _ => c.Question(JourneySteps.Pitches, Tweak).Suggested,
            AfterAnswer = (v, a, ct) => TweakAsync(s, v, a, ct),
        };
        yield return EditStep(s, "edit-short", TemplateKinds.PitchShort, p => p.Short, (p, text) => p.Short = text);
        yield return EditStep(s, "edit-long", TemplateKinds.PitchLong, p => p.Long, (p, text) => p.Long = text);
    }

    /// <summary>The person's own wording of one version of the pending pitch, reached only from the review.</summary>
    private static QuestionStep EditStep(AllyStepContext s, string id, string kind, Func<PitchEntry, string?> read, Action<PitchEntry, string> write) =>
        new(id, AnswerKind.Text)
        {
            ContentStep = JourneySteps.Pitches,
            PerAlly = true,
            When = _ => false, // only reached from "tweak"
            AcceptsQuestions = true,
            Read = v => v.Progress.PendingPitch is { } pending ? read(pending) : null,
            Validate = (v, a) => TooLong(s, v, a, kind),
            Write = (v, a) => Edit(v, p => write(p, a.Text!)),
            AfterAnswer = (_, _, _) => Task.FromResult(StepOutcome.Jump(Tweak)),
        };

    private static PitchAngle ChosenAngle(StepView view) =>
        ContentIds.TryParseAngle(view.Scratch(AngleKey), out var angle) ? angle : PitchDrafting.Stance(view.RequireAlly).SuggestedAngle();

    /// <summary>Drafts the pitch for the chosen angle (unless the one under review already is) and shows it.</summary>
    private static async Task DraftAndShowAsync(AllyStepContext s, StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Repeat)
            return;
        var ally = view.RequireAlly;
        var angle = ChosenAngle(view);
        var c = s.Content;
        var angleLine = ally.Stance is null ? null
            : c.Text(view, JourneySteps.Pitches, "angle-suggested", ("angle", c.ChoiceTitle(JourneySteps.Pitches, "angle", angle.ToId()).ToLowerInvariant()));
        if (s.Services.Generative.Polished is { } polished)
        {
            await PolishedPitches.DraftAndShowAsync(s.Services, polished, view, angle, angleLine, cancellationToken);
            return;
        }
        var pending = view.Progress.PendingPitch;
        if (pending is null || pending.Ally != ally.Name || pending.Angle != angle.ToId())
        {
            var pitch = await s.Services.Drafter.DraftAsync(PitchDrafting.Request(view.Record, ally, angle, s.Services.Content), cancellationToken);
            pending = PitchDrafting.ToEntry(ally, pitch);
            view.Progress.PendingPitch = pending;
        }
        var intro = c.Text(view, JourneySteps.Pitches, "intro");
        if (angleLine is not null)
            intro += " " + angleLine;
        await s.Services.Presenter.ShowPitchAsync(view.Context, pending, intro, cancellationToken);
    }

    private static async Task<StepOutcome> TweakAsync(AllyStepContext s, StepView view, Answer answer, CancellationToken cancellationToken)
    {
        var c = s.Content;
        switch (answer.ChoiceId)
        {
            case "edit-short":
            case "edit-long":
                return StepOutcome.Jump(answer.ChoiceId);
            case "other-angle":
                return StepOutcome.Jump("angle");
            case var variant when PitchVariants.IsVariant(variant):
                view.SetScratch(PolishedPitches.VariantKey, variant);
                return StepOutcome.Jump(Tweak);
            case "discard":
                view.Progress.PendingPitch = null;
                view.Progress.SetSkipped(view.Position, true);
                await view.SayAsync(c, JourneySteps.Pitches, "pitch-discarded", cancellationToken);
                return StepOutcome.Continue;
        }
        await SavePendingAsync(s, view, cancellationToken);
        if (answer.Is("keep-deeper"))
        {
            view.SetScratch(QuestionTopicDialog.DeeperKey, "yes");
            await view.SayAsync(c, JourneySteps.Pitches, "depth-intro", cancellationToken);
        }
        return StepOutcome.Continue;
    }

    private static async Task SavePendingAsync(AllyStepContext s, StepView view, CancellationToken cancellationToken)
    {
        if (view.Progress.PendingPitch is not { } pitch)
            return;
        view.Plan.Pitches.RemoveAll(p => p.Ally == pitch.Ally);
        view.Plan.Pitches.Add(pitch);
        view.Progress.PendingPitch = null;
        await view.SayAsync(s.Content, JourneySteps.Pitches, "pitch-saved", cancellationToken);
        // The first pitch kept: how to approach them, once.
        var root = new StepView(view.Context, view.Record, new Position(view.Position.Topic, ""));
        if (root.Scratch(ApproachShown) is null)
        {
            root.SetScratch(ApproachShown, "yes");
            await view.SayTipsAsync(s.Content, JourneySteps.Contact, s.Content.Text(JourneySteps.Contact, "approach-title"), ApproachTips, cancellationToken);
        }
    }

    private static string? TooLong(AllyStepContext s, StepView view, Answer answer, string kind)
    {
        var max = s.Content.Library.Template(kind, ChosenAngle(view)).MaxWords;
        var count = WordLimiter.Count(answer.Text ?? string.Empty);
        return max is { } limit && count > limit
            ? s.Content.Text(JourneySteps.Pitches, "too-long", ("count", count.ToString(CultureInfo.InvariantCulture)))
            : null;
    }

    private static void Edit(StepView view, Action<PitchEntry> change)
    {
        if (view.Progress.PendingPitch is { } pitch)
        {
            change(pitch);
            pitch.Edited = true;
        }
    }
}
