using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// Step 4, the value exchange, per ally: their self-interest, your ask (time, money or a specific action),
/// your offer, how long, who leads, cultural differences, boundaries for allies from a dominant group, and
/// whether they may only give lip service.
/// </summary>
public sealed class ExchangeDialog : QuestionTopicDialog
{
    public ExchangeDialog(JourneyServices services)
        : base(JourneySteps.Exchange, services)
    {
        var c = services.Content;
        Add(
            Text("self-interest", a => a.SelfInterest, (a, t) => a.SelfInterest = t, IntroAsync),
            new QuestionStep("ask", AnswerKind.TextWithSuggestions)
            {
                PerAlly = true,
                Read = v => v.RequireAlly.Ask,
                Write = (v, a) =>
                {
                    v.RequireAlly.AskKind = a.ChoiceId;
                    v.RequireAlly.Ask = a.ChoiceId is null ? a.Text : null;
                },
            },
            new QuestionStep("ask-detail", AnswerKind.Text)
            {
                PerAlly = true,
                When = v => v.RequireAlly.AskKind is not null && v.RequireAlly.Ask is null,
                Read = v => v.RequireAlly.Ask,
                Write = (v, a) => v.RequireAlly.Ask = a.Text,
            },
            Text("offer", a => a.Offer, (a, t) => a.Offer = t),
            Choice("duration", a => a.Duration, (a, id) => a.Duration = id),
            Choice("who-leads", a => a.Lead, (a, id) => a.Lead = id),
            Text("cultural-differences", a => a.CultureNotes, (a, t) => a.CultureNotes = t),
            Text("boundaries", a => a.Boundaries, (a, t) => a.Boundaries = t),
            new QuestionStep("commitment-check", AnswerKind.Choice)
            {
                PerAlly = true,
                Read = v => c.ChoiceAnswer(Id, "commitment-check", v.RequireAlly.Commitment),
                Write = (v, a) => v.RequireAlly.Commitment = a.ChoiceId,
                AfterAnswer = SummaryAsync,
            });
    }

    private CoachingContent Content => Services.Content;

    private QuestionStep Text(string id, Func<AllyEntry, string?> read, Action<AllyEntry, string?> write, Func<StepView, CancellationToken, Task>? before = null) =>
        new(id, AnswerKind.Text)
        {
            PerAlly = true,
            BeforeAsk = before,
            Read = v => read(v.RequireAlly),
            Write = (v, a) => write(v.RequireAlly, a.Text),
        };

    private QuestionStep Choice(string id, Func<AllyEntry, string?> read, Action<AllyEntry, string?> write) =>
        new(id, AnswerKind.Choice)
        {
            PerAlly = true,
            Read = v => Content.ChoiceAnswer(Id, id, read(v.RequireAlly)),
            Write = (v, a) => write(v.RequireAlly, a.ChoiceId),
        };

    private async Task IntroAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Reason == AskReason.Forward)
            await view.SayAsync(Content, Id, "intro", cancellationToken);
    }

    private async Task<StepOutcome> SummaryAsync(StepView view, Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Is("lip-service"))
            await view.SendAsync(Content.Tip(Id, "plan-for-lip-service").Text, cancellationToken);
        var ally = view.RequireAlly;
        if (ally.Ask is not null && ally.Offer is not null)
            await view.SayAsync(Content, Id, "exchange-summary", cancellationToken);
        return StepOutcome.Continue;
    }

    protected internal override async Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        if (view.Progress.WholeJourney && view.Plan.Allies.Count > 0)
        {
            var first = new StepView(view.Context, view.Record, new Position(Id, "", 0));
            await first.SayAsync(Content, Id, "done", cancellationToken);
        }
        return new TopicResult(Id, TopicExit.Completed);
    }
}
