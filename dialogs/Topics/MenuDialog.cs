using AllyBot.Content.Model;
using AllyBot.Dialogs.Journey;

namespace AllyBot.Dialogs.Topics;

/// <summary>The main menu: start a plan, add an ally, draft a pitch, prep for a meeting, jump to a part, see the plan.</summary>
public sealed class MenuDialog : QuestionTopicDialog
{
    public MenuDialog(JourneyServices services)
        : base(JourneySteps.Menu, services)
    {
        var c = services.Content;
        Add(
            new QuestionStep("main-menu", AnswerKind.Choice)
            {
                Required = true,
                // "Continue my plan" only while there is a plan to continue.
                Choices = v => c.Question(Id, "main-menu").Choices.Where(x => x.Id != "continue" || (v.Plan.HasContent && v.Progress.Resume is not null)).ToList(),
                Text = v => string.IsNullOrWhiteSpace(v.Plan.Goal.Statement)
                    ? c.Question(Id, "main-menu").Text
                    : c.Text(v, Id, JourneyRouter.IsReturning(v.Context) ? "welcome-back-menu" : "prompt-with-plan"),
                AfterAnswer = (_, a, _) => Task.FromResult(a.Is("jump-to")
                    ? StepOutcome.Jump("jump-to")
                    : StepOutcome.Finish(new TopicResult(Id, TopicExit.Route, Route: a.ChoiceId))),
            },
            new QuestionStep("jump-to", AnswerKind.Choice)
            {
                Required = true,
                When = _ => false, // only reached from the menu's "Jump to a part"
                AfterAnswer = (_, a, _) => Task.FromResult(StepOutcome.Finish(new TopicResult(Id, TopicExit.Route, Route: Routes.Part(a.ChoiceId!)))),
            });
    }

    public override bool TracksResume => false;
}

/// <summary>Route names handed to the router by the menu and the resume question (choice ids of the library).</summary>
public static class Routes
{
    private const string PartPrefix = "part:";

    public static string Part(string topic) => PartPrefix + topic;

    public static string? PartOf(string route) => route.StartsWith(PartPrefix, StringComparison.Ordinal) ? route[PartPrefix.Length..] : null;
}
