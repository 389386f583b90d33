using System.Text.Json;
using AllyBot.Builder.Schema;
using AllyBot.Content.Model;
using AllyBot.Dialogs.Plan;
using AllyBot.Dialogs.Presentation;

namespace AllyBot.Dialogs.Tests.Support;

/// <summary>
/// Walks the whole journey (a full plan) for a scenario of the library (coaching/scenarios.yaml) the way a
/// person would: it reads which question is open (from the store) and answers it from the scenario, tapping
/// the button titles the bot offered, or, where the channel shows card forms, filling in and submitting the
/// form. Counts the user's turns and records the transcript so a failing test shows the conversation.
/// </summary>
internal sealed class ScenarioDriver(JourneyHost host, Scenario scenario, string path = "full-plan")
{
    private const int MaxTurns = 200;

    public List<string> Transcript { get; } = [];

    public string Log => string.Join("\n", Transcript);

    public List<Activity> AllReplies { get; } = [];

    /// <summary>Messages and form submits the user sent, "hi" included.</summary>
    public int Turns { get; private set; }

    /// <summary>Allies (by index) whose pitch is kept with "plan more", so their depth questions are asked too.</summary>
    public HashSet<int> Deeper { get; } = [];

    /// <summary>Says hello and answers every question until the journey is over and the menu is showing.</summary>
    /// <param name="beforeAnswer">Runs at every open question before it is answered (to interrupt it); it may change the question.</param>
    public async Task<JourneyRecord> RunAsync(Func<Position, JourneyRecord, Task>? beforeAnswer = null)
    {
        await SayAsync("hi");
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var record = await host.RecordAsync();
            var current = record.Progress.Current ?? throw new InvalidOperationException("No open question.\n" + Log);
            if (beforeAnswer is not null)
            {
                await beforeAnswer(current, record);
                record = await host.RecordAsync();
                current = record.Progress.Current ?? throw new InvalidOperationException("No open question.\n" + Log);
            }
            if (current.Topic == "menu")
                return record;
            if (current.Question.EndsWith("-form", StringComparison.Ordinal))
                await SubmitFormAsync(current, record);
            else
                await SayAsync(Answer(current, record));
        }
        throw new InvalidOperationException("The journey did not end.\n" + Log);
    }

    public async Task<List<Activity>> SayAsync(string text)
    {
        Turns++;
        var replies = await host.SayAsync(text);
        Record("> " + text, replies);
        return replies;
    }

    /// <summary>Fills in the open card form from the scenario and submits it.</summary>
    public async Task<List<Activity>> SubmitFormAsync(Position at, JourneyRecord record)
    {
        var card = LastForm() ?? throw new InvalidOperationException($"No form on screen at {at}.\n{Log}");
        var values = new Dictionary<string, string>();
        foreach (var input in card.Inputs)
            values[input[FormCard.InputPrefix.Length..]] = FieldAnswer(at, record, input[FormCard.InputPrefix.Length..], card);
        Turns++;
        var replies = await host.SubmitFormAsync(card.FormId, values);
        Record("> [form] " + string.Join("; ", values.Select(v => $"{v.Key}={v.Value}")), replies);
        return replies;
    }

    private void Record(string said, List<Activity> replies)
    {
        Transcript.Add(said);
        Transcript.AddRange(replies.Select(Describe));
        AllReplies.AddRange(replies);
    }

    private static string Describe(Activity reply)
    {
        if (reply.Attachments is { Count: > 0 } attachments && FormView.Read(reply) is { } form)
            return $"  [form] {form.Title}: {string.Join(", ", form.Labels)}";
        var buttons = reply.SuggestedActions?.Actions is { Count: > 0 } actions ? $"  [{string.Join(" | ", actions.Select(a => a.Title))}]" : "";
        return reply.Attachments is { Count: > 0 } ? $"  [{reply.Type} + card] {reply.Text}" : $"  [{reply.Type}] {reply.Text}{buttons}";
    }

    private FormView? LastForm() => AllReplies.Select(FormView.Read).LastOrDefault(f => f is not null);

    private string Answer(Position at, JourneyRecord record)
    {
        var goal = scenario.Goal;
        var ally = at.Ally >= 0 && at.Ally < scenario.Allies.Count ? scenario.Allies[at.Ally] : null;
        var planAlly = at.Ally >= 0 && at.Ally < record.Plan.Allies.Count ? record.Plan.Allies[at.Ally] : null;
        return (at.Topic, at.Question) switch
        {
            ("welcome", "start") => Words.Choice("welcome", "start", path),
            ("welcome", "your-name") => scenario.UserRole,
            ("resume", "resume-or-restart") => Words.Choice("resume", "resume-or-restart", "continue"),
            ("goal", "largest-goal") => goal.Statement,
            ("goal", "issue") => goal.Issue,
            ("goal", "solution") => goal.Solution,
            ("goal", "not-the-issue") => goal.NotTheIssue ?? "none",
            ("goal", "scope") => Words.Choice("goal", "scope", "about-right"),
            ("allies", "could-help") => CouldHelp(),
            ("allies", "opposition") => "not sure",
            ("allies", "pick-allies") => Words.Choice("allies", "pick-allies", "all"),
            ("allies", "ally-name") => ally!.Name,
            ("allies", "kind-and-stance") => MatchedIsRight(planAlly!, ally!)
                ? Words.Choice("allies", "stance", ally!.Stance.ToId())
                : "no",
            ("allies", "audience-candidates") => CandidateTitles(record).Contains(AudienceName(ally!.AudienceId))
                ? AudienceName(ally!.AudienceId)
                : Words.Choice("allies", "audience-candidates", "something-else"),
            ("allies", "ally-audience") => AudienceName(ally!.AudienceId),
            ("allies", "stance") => Words.Choice("allies", "stance", ally!.Stance.ToId()),
            ("allies", "best-contact") => $"{ally!.ContactName}, {ally.ContactRole}",
            ("allies", "contact-name") => $"{ally!.ContactName}, {ally.ContactRole}",
            ("allies", "contact-role") => ally!.ContactRole,
            ("allies", "ask") => ally!.Ask,
            ("allies", "offer") => ally!.Offer,
            ("allies", "self-interest") => ally!.SelfInterest,
            ("allies", "angle") => Words.Choice("pitches", "angle", "common-values"),
            ("allies", "tweak") => Deeper.Contains(at.Ally) ? Words.Choice("pitches", "tweak", "keep-deeper").Replace("{ally}", planAlly!.Name, StringComparison.Ordinal) : Words.Choice("pitches", "tweak", "keep"),
            ("allies", "edit-short") => "Hi, it's us. Will you join our campaign? We can help with research.",
            ("allies", "edit-long") => "Dear friends, will you join our campaign? We can help with research.",
            ("allies", "motives") => "They want to be seen leading on this",
            ("allies", "organizer-or-service") => Words.Choice("allies", "organizer-or-service", "not-sure"),
            ("allies", "leader-type") => Words.Choice("contact", "leader-type", "formal"),
            ("allies", "bridge") => "Our faculty advisor",
            ("allies", "duration") => Words.Choice("exchange", "duration", "one-project"),
            ("allies", "who-leads") => Words.Choice("exchange", "who-leads", "shared"),
            ("allies", "cultural-differences") => "none",
            ("allies", "boundaries") => "Patients and families set the priorities",
            ("allies", "commitment-check") => Words.Choice("exchange", "commitment-check", "committed"),
            ("allies", "more-allies") => at.Ally + 1 < scenario.Allies.Count ? scenario.Allies[at.Ally + 1].Name : Words.Choice("allies", "more-allies", "no"),
            ("allies", "after-quick") => Words.Choice("allies", "after-quick", "full-plan"),
            ("sustain", "first-task") => "A one-page leaflet everyone can share",
            ("sustain", "early-win") => "Fifty signatures on our letter",
            ("sustain", "meeting-rhythm") => Words.Choice("sustain", "meeting-rhythm", "monthly"),
            ("sustain", "point-person") => "Our advocacy chair",
            _ => throw new InvalidOperationException($"The driver has no answer for {at}.\n{Log}"),
        };
    }

    /// <summary>The brainstorm as a person writes it: "A, B and C".</summary>
    private string CouldHelp()
    {
        var names = scenario.Allies.Select(a => a.Name).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
    }

    private string FieldAnswer(Position at, JourneyRecord record, string field, FormView card)
    {
        var ally = at.Ally >= 0 && at.Ally < scenario.Allies.Count ? scenario.Allies[at.Ally] : null;
        return field switch
        {
            "ally-audience" => ally!.AudienceId,
            "stance" => ally!.Stance.ToId(),
            "contact-name" => ally!.ContactName,
            "contact-role" => ally!.ContactRole,
            "pick-list" => string.Join(',', Enumerable.Range(1, card.ChoiceCount(field))),
            "pick-other" => "",
            "meeting-rhythm" => "monthly",
            "opposition" => "",
            _ => Answer(at with { Question = field }, record),
        };
    }

    private static bool MatchedIsRight(AllyEntry planAlly, ScenarioAlly expected) =>
        JourneyHost.Matcher.Best(planAlly.Name) is { } best && best.Confidence >= JourneyHost.Matcher.Threshold && best.AudienceId == expected.AudienceId;

    private List<string> CandidateTitles(JourneyRecord record) =>
        AllReplies.LastOrDefault(r => r.SuggestedActions is not null)?.SuggestedActions!.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    private static string AudienceName(string id) => JourneyHost.Library.Audience(id).Name;
}

/// <summary>A card form as the driver reads it off the reply: its id, title, input ids and labels.</summary>
internal sealed record FormView(string FormId, string Title, IReadOnlyList<string> Inputs, IReadOnlyList<string> Labels, JsonElement Card)
{
    public static FormView? Read(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            var card = BuilderJson.Convert<JsonElement>(attachment.Content);
            if (card.ValueKind != JsonValueKind.Object || !card.TryGetProperty("actions", out var actions))
                continue;
            var submit = actions.EnumerateArray().FirstOrDefault(a => a.TryGetProperty("data", out var d) && d.TryGetProperty(FormCard.FormIdField, out _));
            if (submit.ValueKind != JsonValueKind.Object)
                continue;
            var inputs = card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
            return new FormView(
                submit.GetProperty("data").GetProperty(FormCard.FormIdField).GetString()!,
                activity.Text ?? "",
                inputs.Select(i => i.GetProperty("id").GetString()!).ToList(),
                inputs.Select(i => i.GetProperty("label").GetString()!).ToList(),
                card);
        }
        return null;
    }

    public JsonElement Input(string field) =>
        Card.GetProperty("body").EnumerateArray().First(e => e.TryGetProperty("id", out var id) && id.GetString() == FormCard.InputPrefix + field);

    public int ChoiceCount(string field) => Input(field).GetProperty("choices").GetArrayLength();
}
