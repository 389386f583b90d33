using AllyBot.Builder.Dialogs.Choices;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Topics;

/// <summary>
/// A new user first chooses what they came for (a quick pitch for one ally, a full plan, or meeting prep),
/// then, unless it is meeting prep, the name to sign pitches with.
/// </summary>
public sealed class WelcomeDialog : QuestionTopicDialog
{
    public const string Start = "start";

    public WelcomeDialog(JourneyServices services)
        : base(JourneySteps.Welcome, services)
    {
        var c = services.Content;
        Add(
            new QuestionStep(Start, AnswerKind.Choice)
            {
                Required = true,
                Read = v => c.ChoiceAnswer(Id, Start, v.Progress.Path),
                Write = (v, a) => v.Progress.Path = a.ChoiceId,
                AfterAnswer = (v, a, _) => Task.FromResult(a.Is(JourneyPaths.MeetingPrep)
                    ? StepOutcome.Finish(new TopicResult(Id, TopicExit.Route, Route: JourneyPaths.MeetingPrep))
                    : StepOutcome.Continue),
            },
            new QuestionStep("your-name", AnswerKind.Text)
            {
                When = v => v.Record.Profile.Name is null,
                // People often open with "hi": that is a greeting to answer, not a name to sign pitches with; and
                // "a full coalition plan" typed again is the first choice, not a name.
                GreetingReply = _ => c.Text(Id, "greeting-not-a-name"),
                Validate = (_, a) => IsStartChoice(c, a.Text) ? c.Text(Id, "choice-not-a-name") : null,
                Read = v => v.Record.Profile.Name,
                Write = (v, a) => v.Record.Profile.Name = a.Text,
            });
    }

    public override bool TracksResume => false;

    /// <summary>"continue" before anything was chosen just asks again.</summary>
    protected override bool TracksJourney => true;

    private static readonly FindChoicesOptions WholeAnswer = new()
    {
        AllowPartialMatches = false,
        RecognizeNumbers = false,
        RecognizeOrdinals = false,
    };

    private static bool IsStartChoice(CoachingContent content, string? answer) =>
        !string.IsNullOrWhiteSpace(answer)
        && ChoiceRecognizers.RecognizeChoices(answer, ChoiceList.From(content.Question(JourneySteps.Welcome, Start).Choices), WholeAnswer).Count > 0;

    protected internal override Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        view.Record.Profile.Onboarded = true;
        return Task.FromResult(new TopicResult(Id, TopicExit.Completed, Route: view.Progress.Path ?? JourneyPaths.FullPlan));
    }
}
