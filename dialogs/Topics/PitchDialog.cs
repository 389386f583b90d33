using System.Globalization;
using AllyBot.Content.Drafting;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Step 5, pitches, per ally: choose an angle (the one suggested by the ally's stance first), see the drafted
/// short and long versions with words to avoid, then keep, edit either version, try another angle, or move
/// on. Outside the whole journey the user first picks the ally. Drafting goes through the injected
/// <see cref="IPitchDrafter"/>.
/// </summary>
public sealed class PitchDialog : QuestionTopicDialog
{
    private const string AngleKey = "angle";

    public PitchDialog(JourneyServices services)
        : base(JourneySteps.Pitches, services)
    {
        var c = services.Content;
        Add(
            new QuestionStep("choose-ally", AnswerKind.Choice)
            {
                Required = true,
                When = v => !v.Progress.WholeJourney && v.Progress.FocusAlly is null && v.Plan.Allies.Any(a => a.AudienceId is not null),
                Choices = v => v.Plan.Allies.Select((a, i) => (a, i)).Where(x => x.a.AudienceId is not null)
                    .Select(x => ChoiceList.Make(x.i.ToString(CultureInfo.InvariantCulture), x.a.Name)).ToList(),
                Read = v => v.Progress.FocusAlly is { } i && i < v.Plan.Allies.Count ? v.Plan.Allies[i].Name : null,
                Write = (v, a) => v.Progress.FocusAlly = int.Parse(a.ChoiceId!, CultureInfo.InvariantCulture),
            },
            new QuestionStep("angle", AnswerKind.Choice)
            {
                PerAlly = true,
                When = v => v.Ally?.AudienceId is not null,
                BeforeAsk = SuggestAngleAsync,
                Read = v => c.ChoiceAnswer(Id, "angle", v.Scratch(AngleKey)),
                Write = (v, a) => v.SetScratch(AngleKey, a.ChoiceId),
            },
            new QuestionStep("tweak", AnswerKind.Choice)
            {
                PerAlly = true,
                Required = true,
                When = v => v.Ally?.AudienceId is not null,
                BeforeAsk = DraftAndShowAsync,
                AfterAnswer = TweakAsync,
            },
            new QuestionStep("edit-short", AnswerKind.Text)
            {
                PerAlly = true,
                When = _ => false, // only reached from "tweak"
                Read = v => v.Progress.PendingPitch?.Short,
                Validate = (v, a) => TooLong(v, a, TemplateKinds.PitchShort),
                Write = (v, a) => Edit(v, p => p.Short = a.Text!),
                AfterAnswer = (_, _, _) => Task.FromResult(StepOutcome.Jump("tweak")),
            },
            new QuestionStep("edit-long", AnswerKind.Text)
            {
                PerAlly = true,
                When = _ => false, // only reached from "tweak"
                Read = v => v.Progress.PendingPitch?.Long,
                Validate = (v, a) => TooLong(v, a, TemplateKinds.PitchLong),
                Write = (v, a) => Edit(v, p => p.Long = a.Text!),
                AfterAnswer = (_, _, _) => Task.FromResult(StepOutcome.Jump("tweak")),
            });
    }

    private CoachingContent Content => Services.Content;

    private PitchAngle ChosenAngle(StepView view) =>
        ContentIds.TryParseAngle(view.Scratch(AngleKey), out var angle) ? angle : PitchDrafting.Stance(view.RequireAlly).SuggestedAngle();

    private async Task SuggestAngleAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason != AskReason.Forward)
            return;
        var suggested = PitchDrafting.Stance(view.RequireAlly).SuggestedAngle().ToId();
        var intro = Content.Text(view, Id, "intro");
        var suggestion = view.RequireAlly.Stance is null
            ? string.Empty
            : Content.Text(view, Id, "angle-suggested", ("angle", Content.ChoiceTitle(Id, "angle", suggested).ToLowerInvariant()));
        await view.SendAsync($"{intro} {suggestion}".Trim(), cancellationToken);
    }

    /// <summary>Drafts the pitch for the chosen angle (unless the one under review already is) and shows it.</summary>
    private async Task DraftAndShowAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Repeat)
            return;
        var ally = view.RequireAlly;
        var angle = ChosenAngle(view);
        var pending = view.Progress.PendingPitch;
        if (pending is null || pending.Ally != ally.Name || pending.Angle != angle.ToId())
        {
            var pitch = await Services.Drafter.DraftAsync(PitchDrafting.Request(view.Record, ally, angle), cancellationToken);
            pending = PitchDrafting.ToEntry(ally, pitch);
            view.Progress.PendingPitch = pending;
        }
        await Services.Presenter.ShowPitchAsync(view.Context, pending, cancellationToken);
    }

    private async Task<StepOutcome> TweakAsync(StepView view, Answer answer, CancellationToken cancellationToken)
    {
        switch (answer.ChoiceId)
        {
            case "edit-short":
            case "edit-long":
                return StepOutcome.Jump(answer.ChoiceId);
            case "other-angle":
                return StepOutcome.Jump("angle");
            case "discard":
                view.Progress.PendingPitch = null;
                await view.SayAsync(Content, Id, "pitch-discarded", cancellationToken);
                return StepOutcome.NextAlly;
            default:
                // "keep" and "next ally" both save the draft: moving on must not throw away a pitch without a word.
                await SavePendingAsync(view, cancellationToken);
                return StepOutcome.NextAlly;
        }
    }

    private async Task SavePendingAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Progress.PendingPitch is not { } pitch)
            return;
        view.Plan.Pitches.RemoveAll(p => p.Ally == pitch.Ally);
        view.Plan.Pitches.Add(pitch);
        view.Progress.PendingPitch = null;
        await view.SayAsync(Content, Id, "pitch-saved", cancellationToken);
    }

    private string? TooLong(StepView view, Answer answer, string kind)
    {
        var max = Content.Library.Template(kind, ChosenAngle(view)).MaxWords;
        var count = WordLimiter.Count(answer.Text ?? string.Empty);
        return max is { } limit && count > limit
            ? Content.Text(Id, "too-long", ("count", count.ToString(CultureInfo.InvariantCulture)))
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

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        view.Progress.PendingPitch = null;
        if (!view.Plan.Allies.Any(a => a.AudienceId is not null))
            await view.SayAsync(Content, Id, "no-allies", cancellationToken);
        return new TopicResult(Id, TopicExit.Completed);
    }
}
