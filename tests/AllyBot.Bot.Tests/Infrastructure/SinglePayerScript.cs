using AllyBot.Content.Matching;
using AllyBot.Content.Model;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>
/// What a person types to walk the whole journey (a full plan) for the single-payer scenario of the
/// library, from the first answer on, in order: the answers from coaching/scenarios.yaml and the button
/// titles of the choices. The brainstorm names the three allies, "all" adds them; for each ally the kind
/// the bot suggests is kept when it is the scenario's (else corrected with "no" and the scenario's kind).
/// </summary>
public static class SinglePayerScript
{
    public static readonly Scenario Scenario = JourneyText.Library.Scenario("single-payer");

    private static readonly AudienceMatcher Matcher = new(JourneyText.Library);

    public static IReadOnlyList<string> Answers()
    {
        string C(string step, string question, string choice) => JourneyText.Choice(step, question, choice);
        var s = Scenario;
        var names = s.Allies.Select(a => a.Name).ToList();
        var answers = new List<string>
        {
            C("welcome", "start", "full-plan"), s.UserRole,
            s.Goal.Statement, s.Goal.Issue, s.Goal.Solution, s.Goal.NotTheIssue!,
            $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}", "not sure", C("allies", "pick-allies", "all"),
        };
        foreach (var ally in s.Allies)
        {
            if (Matcher.Best(ally.Name) is { } best && best.Confidence >= Matcher.Threshold && best.AudienceId == ally.AudienceId)
                answers.Add(C("allies", "stance", ally.Stance.ToId()));
            else
                answers.AddRange(["no", JourneyText.Library.Audience(ally.AudienceId).Name, C("allies", "stance", ally.Stance.ToId())]);
            answers.AddRange([$"{ally.ContactName}, {ally.ContactRole}", ally.Ask, ally.Offer, ally.SelfInterest, C("pitches", "tweak", "keep")]);
        }
        answers.Add(C("allies", "more-allies", "no"));
        answers.AddRange(["A one-page leaflet", "Fifty signatures", C("sustain", "meeting-rhythm", "monthly"), "Our advocacy chair"]);
        return answers;
    }
}
