using System.Globalization;
using System.Text;
using AllyBot.Builder.Dialogs;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Journey;

/// <summary>
/// Card forms: where the channel renders Adaptive Card inputs, a form question asks its fields at once. A
/// submit is read field by field exactly as typed answers are (non-answers, suggestions, checks); problems
/// send the form again with what was entered. Typing instead of submitting declines the form for this
/// position, and the typed text answers the first of its questions, one at a time from then on.
/// </summary>
public sealed partial class QuestionFlowDialog
{
    private PromptOptions FormOptions(StepView view, QuestionStep form, IReadOnlyDictionary<string, string>? values, bool quiet)
    {
        var progress = view.Progress;
        progress.FormCount++;
        var formId = $"{view.Position}|{progress.FormCount.ToString(CultureInfo.InvariantCulture)}";
        progress.OpenForm = formId;
        var fields = _topic.FormFields(form, view).Select(f => (f, _topic.ContentStepOf(f))).ToList();
        return _prompts.BuildForm(form, _topic.ContentStepOf(form), view, formId, fields, values, quiet);
    }

    private async Task<DialogTurnResult> FormAnsweredAsync(DialogContext dc, JourneyRecord record, StepView view, QuestionStep form, FormReply reply, CancellationToken cancellationToken)
    {
        record.Progress.OpenForm = null;
        if (reply.Typed is not null)
            return await TypedInsteadAsync(dc, record, view, form, cancellationToken);

        var values = reply.Values ?? new Dictionary<string, string>();
        var fields = _topic.FormFields(form, view);
        var problems = new List<string>();
        var readings = new List<(QuestionStep Field, StepView View, Reading Reading)>();
        foreach (var field in fields)
        {
            var fieldView = view.At(field.Id);
            var reading = ReadField(field, fieldView, values.GetValueOrDefault(field.Id));
            if (reading is Reading.Rejected rejected)
                problems.Add($"- {FieldLabel(field, fieldView)}: {rejected.Message}");
            readings.Add((field, fieldView, reading));
        }
        if (problems.Count > 0)
        {
            var text = new StringBuilder(_services.Content.Text("interruptions", "form-problems"));
            foreach (var problem in problems)
                text.AppendLine().Append(problem);
            await view.SendAsync(text.ToString(), cancellationToken);
            return await AskAsync(dc, record, view.Position, AskReason.Repeat, false, cancellationToken, values);
        }

        foreach (var (field, fieldView, reading) in readings)
        {
            if (reading is Reading.Accepted accepted)
            {
                record.Progress.SetSkipped(fieldView.Position, false);
                field.Write?.Invoke(fieldView, accepted.Answer);
            }
            else
            {
                record.Progress.SetSkipped(fieldView.Position, true);
            }
        }
        record.Progress.Remember(view.Position);
        foreach (var (field, fieldView, reading) in readings)
        {
            if (reading is Reading.Accepted accepted && field.AfterAnswer is not null)
                await field.AfterAnswer(fieldView, accepted.Answer, cancellationToken);
        }
        return await MoveAsync(dc, record, view, StepOutcome.Continue, cancellationToken);
    }

    /// <summary>A field's value read like a typed answer; an empty optional field is left unanswered.</summary>
    private Reading ReadField(QuestionStep field, StepView view, string? value)
    {
        var contentStep = _topic.ContentStepOf(field);
        if (string.IsNullOrWhiteSpace(value))
        {
            return field.FormRequired
                ? new Reading.Rejected(_prompts.Reprompt(field, contentStep, view))
                : new Reading.Skipped();
        }
        if (field.Kind == AnswerKind.Choice)
        {
            var choice = _prompts.Choices(field, contentStep, view).FirstOrDefault(c => c.Id == value);
            if (choice is null)
                return new Reading.Rejected(_prompts.Reprompt(field, contentStep, view));
            var answer = new Answer(choice.Title, choice.Id);
            return field.Validate?.Invoke(view, answer) is { } problem ? new Reading.Rejected(problem) : new Reading.Accepted(answer);
        }
        return _reader.Read(field, contentStep, view, new Answer(value));
    }

    private string FieldLabel(QuestionStep field, StepView view)
    {
        var contentStep = _topic.ContentStepOf(field);
        return _services.Content.Library.Step(contentStep).Texts.TryGetValue("label-" + field.Id, out var label)
            ? _services.Content.Fill(view, label)
            : _prompts.QuestionText(field, contentStep, view);
    }

    /// <summary>The user typed while a form was open: one question at a time from here, and the text answers the first.</summary>
    private async Task<DialogTurnResult> TypedInsteadAsync(DialogContext dc, JourneyRecord record, StepView view, QuestionStep form, CancellationToken cancellationToken)
    {
        view.SetScratch(QuestionTopicDialog.FormDeclinedKey(form), "yes");
        var next = _topic.After(view, StepOutcome.Continue);
        if (next is null)
            return await CompleteAsync(dc, record, view.Position, cancellationToken);
        await AskAsync(dc, record, next, AskReason.Forward, quiet: true, cancellationToken);
        return await dc.ContinueDialogAsync(cancellationToken);
    }
}
