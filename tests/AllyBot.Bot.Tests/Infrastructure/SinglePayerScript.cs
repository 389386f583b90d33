using AllyBot.Content.Model;

namespace AllyBot.Bot.Tests.Infrastructure;

/// <summary>
/// What a person types to walk the whole journey for the single-payer scenario of the library (after the
/// welcome), in order: the answers from coaching/scenarios.yaml and the button titles of the choices.
/// </summary>
public static class SinglePayerScript
{
    public static readonly Scenario Scenario = JourneyText.Library.Scenario("single-payer");

    public static IReadOnlyList<string> Answers()
    {
        string C(string step, string question, string choice) => JourneyText.Choice(step, question, choice);
        var s = Scenario;
        var answers = new List<string>
        {
            s.UserRole, C("welcome", "who-are-you", "student-chapter"),
            s.Goal.Statement, C("goal", "scope", "about-right"), s.Goal.Issue, s.Goal.Solution, s.Goal.NotTheIssue!,
            "Uninsured patients", "Patients who delayed care", "The nurses' union", "skip", "not sure",
        };
        for (var i = 0; i < s.Allies.Count; i++)
        {
            var ally = s.Allies[i];
            answers.AddRange([ally.Name, C("allies", "audience-confirm", "yes"), C("allies", "stance", ally.Stance.ToId())]);
            if (ally.AudienceId == "community-service-organizations")
                answers.Add(C("allies", "organizer-or-service", "not-sure"));
            answers.Add(C("allies", "more-allies", i + 1 < s.Allies.Count ? "yes" : "no"));
        }
        answers.AddRange(["Someone with influence at the statehouse", C("allies", "alliance-breadth", "wider")]);
        foreach (var ally in s.Allies)
            answers.AddRange([ally.ContactName, ally.ContactRole, C("contact", "leader-type", "formal"), "Our faculty advisor"]);
        foreach (var ally in s.Allies)
        {
            answers.AddRange([ally.SelfInterest, ally.Ask, ally.Offer, C("exchange", "duration", "one-project"),
                C("exchange", "who-leads", "shared"), "none", "not needed", C("exchange", "commitment-check", "committed")]);
        }
        foreach (var _ in s.Allies)
            answers.AddRange([C("pitches", "angle", "common-values"), C("pitches", "tweak", "keep")]);
        answers.AddRange(["A one-page leaflet", "Fifty signatures", C("sustain", "meeting-rhythm", "monthly"), "Our advocacy chair"]);
        return answers;
    }
}
