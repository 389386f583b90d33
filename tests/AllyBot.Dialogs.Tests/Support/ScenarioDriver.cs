using AllyBot.Builder.Schema;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Plan;

namespace AllyBot.Dialogs.Tests.Support;

/// <summary>
/// Walks the whole journey for a scenario of the library (coaching/scenarios.yaml) the way a person would:
/// it reads which question is open (from the store) and answers it from the scenario, tapping the button
/// titles the bot offered. Records the transcript so a failing test shows the conversation.
/// </summary>
internal sealed class ScenarioDriver(JourneyHost host, Scenario scenario, string role = "Student chapter")
{
    private const int MaxTurns = 200;

    public List<string> Transcript { get; } = [];

    public string Log => string.Join("\n", Transcript);

    public List<Activity> AllReplies { get; } = [];

    /// <summary>Says hello and answers every question until the journey is over and the menu is showing.</summary>
    /// <param name="beforeAnswer">Runs at every open question before it is answered (to interrupt it); it may change the question.</param>
    public async Task<JourneyRecord> RunAsync(Func<Position, JourneyRecord, Task>? beforeAnswer = null)
    {
        await SayAsync("hi");
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var record = await host.RecordAsync();
            var current = record.Progress.Current ?? throw new InvalidOperationException("No open question.\n" + string.Join("\n", Transcript));
            if (beforeAnswer is not null)
            {
                await beforeAnswer(current, record);
                record = await host.RecordAsync();
                current = record.Progress.Current ?? throw new InvalidOperationException("No open question.\n" + string.Join("\n", Transcript));
            }
            if (current.Topic == "menu")
                return record;
            await SayAsync(Answer(current, record));
        }
        throw new InvalidOperationException("The journey did not end.\n" + string.Join("\n", Transcript));
    }

    public async Task<List<Activity>> SayAsync(string text)
    {
        var replies = await host.SayAsync(text);
        Transcript.Add("> " + text);
        Transcript.AddRange(replies.Select(r => $"  [{r.Type}] {r.Text}"));
        AllReplies.AddRange(replies);
        return replies;
    }

    private string Answer(Position at, JourneyRecord record)
    {
        var goal = scenario.Goal;
        var ally = at.Ally >= 0 && at.Ally < scenario.Allies.Count ? scenario.Allies[at.Ally] : null;
        return (at.Topic, at.Question) switch
        {
            ("welcome", "your-name") => scenario.UserRole,
            ("welcome", "who-are-you") => role,
            ("resume", "resume-or-restart") => Words.Choice("resume", "resume-or-restart", "continue"),
            ("goal", "largest-goal") => goal.Statement,
            ("goal", "scope") => Words.Choice("goal", "scope", "about-right"),
            ("goal", "issue") => goal.Issue,
            ("goal", "solution") => goal.Solution,
            ("goal", "not-the-issue") => goal.NotTheIssue ?? "none",
            ("allies", "shared-values") => scenario.Allies[0].Name,
            ("allies", "lived-experience") => scenario.Allies[^1].Name,
            ("allies", "resources") => scenario.Allies[1].Name,
            ("allies", "unexpected-allies") => "skip",
            ("allies", "opposition") => "not sure",
            ("allies", "ally-name") => ally!.Name,
            ("allies", "audience-confirm") => Scratch(record, at, "matched") == ally!.AudienceId
                ? Words.Choice("allies", "audience-confirm", "yes")
                : Words.Choice("allies", "audience-confirm", "no"),
            ("allies", "audience-candidates") => (Scratch(record, at, "candidates") ?? "").Split(',').Contains(ally!.AudienceId)
                ? AudienceName(ally.AudienceId)
                : Words.Choice("allies", "audience-candidates", "something-else"),
            ("allies", "ally-audience") => AudienceName(ally!.AudienceId),
            ("allies", "stance") => Words.Choice("allies", "stance", ally!.Stance.ToId()),
            ("allies", "organizer-or-service") => Words.Choice("allies", "organizer-or-service", "not-sure"),
            ("allies", "more-allies") => at.Ally + 1 < scenario.Allies.Count
                ? Words.Choice("allies", "more-allies", "yes")
                : Words.Choice("allies", "more-allies", "no"),
            ("allies", "gaps") => "Someone with influence at the statehouse",
            ("allies", "alliance-breadth") => Words.Choice("allies", "alliance-breadth", "wider"),
            ("contact", "best-contact") => ally!.ContactName,
            ("contact", "contact-role") => ally!.ContactRole,
            ("contact", "leader-type") => Words.Choice("contact", "leader-type", "formal"),
            ("contact", "bridge") => "Our faculty advisor",
            ("exchange", "self-interest") => ally!.SelfInterest,
            ("exchange", "ask") => ally!.Ask,
            ("exchange", "offer") => ally!.Offer,
            ("exchange", "duration") => Words.Choice("exchange", "duration", "one-project"),
            ("exchange", "who-leads") => Words.Choice("exchange", "who-leads", "shared"),
            ("exchange", "cultural-differences") => "none",
            ("exchange", "boundaries") => "not needed",
            ("exchange", "commitment-check") => Words.Choice("exchange", "commitment-check", "committed"),
            ("pitches", "angle") => Words.Choice("pitches", "angle", "common-values"),
            ("pitches", "tweak") => Words.Choice("pitches", "tweak", "keep"),
            ("pitches", "edit-short") => "Hi, it's us. Will you join our campaign? We can help with research.",
            ("pitches", "edit-long") => "Dear friends, will you join our campaign? We can help with research.",
            ("sustain", "first-task") => "A one-page leaflet everyone can share",
            ("sustain", "early-win") => "Fifty signatures on our letter",
            ("sustain", "meeting-rhythm") => Words.Choice("sustain", "meeting-rhythm", "monthly"),
            ("sustain", "point-person") => "Our advocacy chair",
            _ => throw new InvalidOperationException($"The driver has no answer for {at}.\n{string.Join("\n", Transcript)}"),
        };
    }

    private static string? Scratch(JourneyRecord record, Position at, string key) =>
        record.Progress.GetScratch(at with { Question = key });

    private static string AudienceName(string id) => JourneyHost.Library.Audience(id).Name;
}
