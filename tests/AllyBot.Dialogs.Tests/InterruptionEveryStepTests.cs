using AllyBot.Builder.Schema;
using AllyBot.Builder.State;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Interruptions;
using AllyBot.Dialogs.Presentation;
using AllyBot.Dialogs.Tests.Support;

namespace AllyBot.Dialogs.Tests;

/// <summary>
/// Every interruption at every question of the whole journey (welcome, goal, the brainstorm, each ally's
/// questions and pitch, the depth questions of the last ally, keeping together, and the menu at the end):
/// each scenario is walked, and at each open question the interruption is used once before the question is
/// answered. Every question an uninterrupted walk asks must have been interrupted.
/// </summary>
public sealed class InterruptionEveryStepTests
{
    private static readonly string[] CommandWords =
        ["help", "examples", "plan", "export", "back", "skip", "cancel", "start over", "delete my data"];

    // Each scenario reaches questions the others don't (a health department's organizer-or-service question,
    // allies whose audience must be picked from candidates), so every command is tried on all three.
    // Where the channel shows card forms, each form is a question too: every command on one scenario.
    public static readonly TheoryData<string, string, bool> Interruptions = Cross();

    private static TheoryData<string, string, bool> Cross()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var scenario in new[] { "single-payer", "patient-safety", "hiv-testing" })
            foreach (var command in CommandWords)
                data.Add(command, scenario, false);
        foreach (var command in CommandWords)
            data.Add(command, "single-payer", true);
        return data;
    }

    [Theory]
    [MemberData(nameof(Interruptions))]
    public async Task Interruption_AtEveryQuestion_WorksAndTheJourneyStillCompletes(string command, string scenario, bool cardForms)
    {
        var asked = await QuestionsOfAWalkAsync(scenario, cardForms);
        using var host = new JourneyHost(new MemoryStorage(), cardForms: cardForms);
        var driver = Driver(host, scenario);
        var interrupted = new HashSet<Position>();

        var record = await driver.RunAsync(async (position, before) =>
        {
            if (!interrupted.Add(position))
                return;
            var replies = await driver.SayAsync(command);
            var after = await host.RecordAsync();
            Check(command, position, before, after, replies, driver);
            if (command is "cancel" or "start over" or "delete my data")
            {
                // Answer no: nothing happens and the same question is asked again.
                var kept = await driver.SayAsync(Words.Choice("interruptions", ConfirmQuestion(command), "no"));
                Assert.Contains(KeptText(command), kept.Texts());
                Assert.Equal(position, (await host.RecordAsync()).Progress.Current);
            }
        });

        var missed = asked.Where(p => !interrupted.Contains(p)).ToList();
        Assert.True(command is "skip" or "back" || missed.Count == 0, $"Not interrupted: {string.Join(", ", missed)}\n{driver.Log}");
        // "skip" leaves every other question out of the walk, so about half are reached.
        Assert.True(interrupted.Count >= asked.Count / 2, $"Only {interrupted.Count} of {asked.Count} questions were interrupted.\n{driver.Log}");
        // A skip at the last question can end the journey, and then the menu comes without being interrupted.
        Assert.True(command == "skip" || interrupted.Any(p => p.Topic == "menu"), driver.Log);
        if (command != "skip")
            Assert.Contains(interrupted, p => p.Question == "commitment-check");
        var expected = JourneyHost.Library.Scenario(scenario);
        Assert.Equal(expected.Goal.Statement, record.Plan.Goal.Statement);
        Assert.Equal(expected.Allies.Count, record.Plan.Allies.Count);
        if (command != "skip")
            Assert.Equal(expected.Allies.Count, record.Plan.Pitches.Count);
    }

    /// <summary>The last ally is kept with "plan more", so its depth questions are part of the walk.</summary>
    private static ScenarioDriver Driver(JourneyHost host, string scenario)
    {
        var driver = new ScenarioDriver(host, JourneyHost.Library.Scenario(scenario));
        driver.Deeper.Add(JourneyHost.Library.Scenario(scenario).Allies.Count - 1);
        return driver;
    }

    private static async Task<HashSet<Position>> QuestionsOfAWalkAsync(string scenario, bool cardForms)
    {
        using var host = new JourneyHost(new MemoryStorage(), cardForms: cardForms);
        var asked = new HashSet<Position>();
        await Driver(host, scenario).RunAsync((position, _) =>
        {
            asked.Add(position);
            return Task.CompletedTask;
        });
        return asked;
    }

    private static void Check(string command, Position at, JourneyRecord before, JourneyRecord after, List<Activity> replies, ScenarioDriver driver)
    {
        var where = $"'{command}' at {at}:\n{driver.Log}";
        var texts = replies.Texts().ToList();
        var current = after.Progress.Current;
        switch (command)
        {
            case "help":
                Assert.True(texts.Any(t => t.Contains(HelpOf(at), StringComparison.Ordinal)), where);
                Assert.Equal(at, current);
                break;
            case "examples":
                Assert.True(texts.Any(t => t.StartsWith(Words.Text("interruptions", "for-example"), StringComparison.Ordinal)), where);
                Assert.Equal(at, current);
                break;
            case "plan":
                Assert.Equal(at, current);
                if (before.Plan.HasContent)
                {
                    Assert.Contains(replies, r => r.Attachments?.Any(a => a.ContentType == PlanCard.ContentType) == true);
                    Assert.Contains(replies, r => r.Type == ActivityTypes.Event && r.Name == PlanEvent.Name);
                }
                else
                {
                    Assert.Contains(Words.Text("interruptions", "plan-empty"), texts);
                }
                break;
            case "export":
                Assert.Contains(Words.Text("interruptions", "export-ready"), texts);
                Assert.Contains(replies, r => r.TextFormat == TextFormatTypes.Markdown && r.Text!.StartsWith("# ", StringComparison.Ordinal));
                Assert.Equal(at, current);
                break;
            case "back":
                if (before.Progress.History.Count == 0)
                {
                    Assert.Contains(Words.Text("interruptions", "cannot-go-back"), texts);
                    Assert.Equal(at, current);
                }
                else
                {
                    Assert.Contains(Words.Text("interruptions", "back"), texts);
                    Assert.Equal(before.Progress.History[^1], current);
                }
                break;
            case "skip":
                var skipped = texts.Contains(Words.Text("interruptions", "skipped"));
                var refused = texts.Contains(Words.Text("interruptions", "cannot-skip"));
                Assert.True(skipped ^ refused, where);
                if (refused)
                    Assert.Equal(at, current);
                else
                    Assert.NotEqual(at, current);
                break;
            default:
                Assert.Equal(at, current);
                Assert.Equal(ConfirmText(command), replies.Last().Text);
                Assert.Equal(command == "delete my data" ? Commands.DeleteMyData : command.Replace(' ', '-'), after.Progress.PendingConfirmation);
                break;
        }
    }

    /// <summary>The question's help; the allies topic asks questions of the contact, exchange and pitches steps too.</summary>
    private static string HelpOf(Position at)
    {
        var step = new[] { at.Topic, "contact", "exchange", "pitches" }.First(s => JourneyHost.Library.Steps[s].Questions.ContainsKey(at.Question));
        return JourneyHost.Library.Step(step).Question(at.Question).Help;
    }

    private static string ConfirmQuestion(string command) => command switch
    {
        "cancel" => "confirm-cancel",
        "start over" => "confirm-start-over",
        _ => "confirm-delete-data",
    };

    private static string ConfirmText(string command) => Words.Question("interruptions", ConfirmQuestion(command));

    private static string KeptText(string command) => Words.Text("interruptions", command switch
    {
        "cancel" => "cancel-kept",
        "start over" => "start-over-kept",
        _ => "delete-kept",
    });
}
