using AllyBot.Content.Model;
using AllyBot.Dialogs.Coaching;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics;

/// <summary>Getting to know a new user: the name to sign pitches with, and which kind of organizer they are.</summary>
public sealed class WelcomeDialog : QuestionTopicDialog
{
    public WelcomeDialog(JourneyServices services)
        : base(JourneySteps.Welcome, services)
    {
        var c = services.Content;
        Add(
            new QuestionStep("your-name", AnswerKind.Text)
            {
                // People often open with "hi": that is a greeting to answer, not a name to sign pitches with.
                Validate = (_, a) => IsGreeting(c, a.Text) ? c.Text(Id, "greeting-not-a-name") : null,
                Read = v => v.Record.Profile.Name,
                Write = (v, a) => v.Record.Profile.Name = a.Text,
            },
            new QuestionStep("who-are-you", AnswerKind.Choice)
            {
                Read = v => c.ChoiceAnswer(Id, "who-are-you", v.Record.Profile.Role),
                Write = (v, a) => v.Record.Profile.Role = a.ChoiceId,
            });
    }

    public override bool TracksResume => false;

    private static bool IsGreeting(CoachingContent content, string? answer)
    {
        var typed = new string((answer ?? "").Where(ch => char.IsLetter(ch) || ch == ' ').ToArray()).Trim();
        return content.Text(JourneySteps.Welcome, "greeting-words")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(greeting => string.Equals(greeting, typed, StringComparison.OrdinalIgnoreCase));
    }

    protected internal override Task<TopicResult> OnCompletedAsync(StepView view, CancellationToken cancellationToken)
    {
        view.Record.Profile.Onboarded = true;
        return Task.FromResult(new TopicResult(Id, TopicExit.Completed));
    }
}
